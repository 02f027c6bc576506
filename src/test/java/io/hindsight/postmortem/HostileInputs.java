package io.hindsight.postmortem;

import io.hindsight.incident.IncidentRef;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test data: random post-mortem inputs full of markup, CDATA terminators, control characters and odd Unicode. */
final class HostileInputs {

    /** Fragments that would change the page's structure if they reached it unescaped. */
    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>", "]]>", "<![CDATA[x]]>", "</ac:task-body></ac:task><ac:task>",
            "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<iframe>]]></ac:plain-text-body>",
            "\" onmouseover=\"alert(1)", "<ri:user ri:userkey=\"admin\"/>", "<!-- x -->", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE x [<!ENTITY e \"boom\">]>", "<img src=x onerror=alert(1)>", "</td></tr></tbody></table>",
            "<evil:tag xmlns:evil=\"urn:x\"/>", "<a href=\"javascript:alert(1)\">x</a>");
    private static final List<String> TEXT = List.of(
            "&amp;", "&nbsp;", "&#0;", "&#x1F;", "&e;", "\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\u007F",
            "\u0085", "\u009F", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFE", "\uFFFF", "\u202E", "\u2066",
            "\u200F", "שגיאה בתשלום", "خطأ في الدفع", "🔥", "👩‍💻", "🇪🇺", "e\u0301", "\r\n", "\t", "'", "\"", "<", ">",
            "&", "Owner:", "Due:", " · ", " — ", "INC-1", "OPS-12", "https://ci.example.com/job/1?a=<b>&c=\"d\"");
    private static final List<String> SOURCES = List.of("jira", "manual", "alertmanager", "pagerduty", "grafana");

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    PostmortemInput next() {
        Instant start = Instant.parse("2026-03-14T09:00:00Z").plusSeconds(random.nextInt(86_400));
        List<TimelineEvent> timeline = new ArrayList<>();
        int events = random.nextInt(40);
        for (int i = 0; i < events; i++) {
            timeline.add(new TimelineEvent(i + 1, 1, start.plusSeconds(random.nextInt(20_000)),
                    start.plusSeconds(random.nextInt(40_000)), pick(List.of(TimelineEventKind.values())),
                    new TimelineSource(pick(SOURCES)), maybe(text()), text(), maybe(text()), maybe(url()), "x" + i,
                    random.nextInt(10) == 0 ? new TimelineEvent.Hidden("k", start, text()) : null));
        }
        KeyInstants instants = KeyInstants.none();
        for (KeyMoment moment : KeyMoment.values()) {
            if (random.nextInt(4) > 0) {
                TimelineEvent source = timeline.isEmpty() || random.nextBoolean() ? null : pick(timeline);
                instants = instants.with(moment, new KeyInstant(source != null ? source.occurredAt()
                        : start.plusSeconds(random.nextInt(20_000) - 2_000), source));
            }
        }
        List<ActionItem> items = new ArrayList<>();
        int itemCount = random.nextInt(10);
        for (int i = 0; i < itemCount; i++) {
            items.add(new ActionItem("AI-" + i + "_" + random.nextInt(1000), text(), maybe(text()),
                    random.nextBoolean() ? LocalDate.parse("2026-04-01").plusDays(random.nextInt(90)) : null,
                    pick(List.of(ActionItemPriority.values())), pick(List.of(ActionItemType.values())),
                    maybe(random.nextBoolean() ? "OPS-" + (1 + random.nextInt(999)) : text())));
        }
        List<RelatedIncident> related = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            related.add(new RelatedIncident(random.nextBoolean() ? "INC-" + (1 + random.nextInt(99)) : text(),
                    text(), random.nextBoolean() ? start.minusSeconds(1_000_000) : null, text()));
        }
        return new PostmortemInput(
                new IncidentRef(1, random.nextInt(3) == 0 ? text() : "INC-" + (1 + random.nextInt(9999)), "INC", text()),
                pick(List.of(PostmortemSeverity.values())), text(), pick(List.of(PostmortemStatus.values())),
                new IncidentPeople(random.nextBoolean() ? person() : null, random.nextBoolean() ? person() : null,
                        people(), people()),
                instants, new Impact(maybe(text()), textList(), maybe(text()), maybe(text())), timeline, items,
                related, maybe(url()));
    }

    /** Random text: hostile fragments, plain words, any code point (lone surrogates included), now and then 100 KB. */
    String text() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(pick(MARKUP));
                case 1 -> text.append(pick(TEXT));
                case 2 -> text.append("payments-api ").append(random.nextInt(100));
                case 3 -> text.append((char) random.nextInt(0x10000));
                default -> text.appendCodePoint(random.nextInt(0x110000));
            }
        }
        if (random.nextInt(2000) == 0) {
            text.append(pick(MARKUP).repeat(100 * 1024 / 20));
        }
        return text.toString();
    }

    private String url() {
        return random.nextBoolean() ? "https://grafana.example.com/d/x?q=" + text() : text();
    }

    private Person person() {
        return new Person("k" + text(), maybe(text()));
    }

    private List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            people.add(person());
        }
        return people;
    }

    private List<String> textList() {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            texts.add(text());
        }
        return texts;
    }

    private String maybe(String value) {
        return random.nextInt(3) == 0 ? null : value;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
