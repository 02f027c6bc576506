package io.hindsight.incident.rest;

import io.hindsight.incident.IncidentRef;
import io.hindsight.postmortem.ActionItem;
import io.hindsight.postmortem.ActionItemPriority;
import io.hindsight.postmortem.ActionItemType;
import io.hindsight.postmortem.Impact;
import io.hindsight.postmortem.IncidentPeople;
import io.hindsight.postmortem.KeyInstant;
import io.hindsight.postmortem.KeyInstants;
import io.hindsight.postmortem.KeyMoment;
import io.hindsight.postmortem.Person;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemSeverity;
import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.postmortem.RelatedIncident;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a post-mortem is generated from, on the wire: the incident, its people, key instants (each with the timeline
 * entry it came from), impact, the timeline as far as the source reads it, known action items and related
 * incidents. {@link #toInput()} turns it back into the composer's input on the other side of the application link.
 *
 * @param severity         {@code SEV-1}..{@code SEV-4}
 * @param postmortemStatus {@code draft}, {@code in-review} or {@code published}
 * @param keyInstants      by code ({@code impact-started}…); only the known ones
 */
public record PostmortemSourceDto(
        IncidentRefDto incident,
        String severity,
        String incidentStatus,
        String postmortemStatus,
        PeopleDto people,
        Map<String, KeyInstantDto> keyInstants,
        ImpactDto impact,
        List<EntryDto> timeline,
        List<ActionItemDto> actionItems,
        List<RelatedDto> relatedIncidents,
        String fullTimelineUrl) {

    public static PostmortemSourceDto from(PostmortemInput input) {
        Map<String, KeyInstantDto> instants = new LinkedHashMap<>();
        for (KeyMoment moment : KeyMoment.values()) {
            input.keyInstants().get(moment).ifPresent(instant -> instants.put(code(moment),
                    new KeyInstantDto(instant.at(), instant.sourceIfLinked().map(EntryDto::from).orElse(null))));
        }
        IncidentPeople people = input.people();
        return new PostmortemSourceDto(
                new IncidentRefDto(input.incident().id(), input.incident().key(), input.incident().projectKey(),
                        input.incident().summary()),
                input.severity().code(), input.incidentStatus(), code(input.status()),
                new PeopleDto(PersonDto.of(people.owner()), PersonDto.of(people.commander()),
                        people.reviewers().stream().map(PersonDto::of).toList(),
                        people.participants().stream().map(PersonDto::of).toList()),
                instants,
                new ImpactDto(input.impact().usersAffected(), input.impact().services(), input.impact().revenue(),
                        input.impact().sloErrorBudget()),
                input.timeline().stream().filter(event -> !event.isHidden()).map(EntryDto::from).toList(),
                input.actionItems().stream().map(ActionItemDto::from).toList(),
                input.relatedIncidents().stream().map(related -> new RelatedDto(related.key(), related.summary(),
                        related.resolvedAt(), related.relation())).toList(),
                input.fullTimelineUrl());
    }

    /**
     * The composer's input; a key instant's source is the same entry as its timeline row when both were sent.
     *
     * @throws IllegalArgumentException for values the composer cannot take (an unknown severity, kind or status)
     */
    public PostmortemInput toInput() {
        Objects.requireNonNull(incident, "incident");
        Map<Long, TimelineEvent> byId = new HashMap<>();
        List<TimelineEvent> events = (timeline == null ? List.<EntryDto>of() : timeline).stream()
                .map(entry -> entry.toEvent(incident.id())).toList();
        events.forEach(event -> byId.put(event.id(), event));
        Map<KeyMoment, KeyInstant> instants = new EnumMap<>(KeyMoment.class);
        if (keyInstants != null) {
            keyInstants.forEach((code, instant) -> instants.put(moment(code),
                    new KeyInstant(instant.at(), instant.source() == null ? null
                            : byId.getOrDefault(instant.source().id(), instant.source().toEvent(incident.id())))));
        }
        PeopleDto who = people == null ? new PeopleDto(null, null, List.of(), List.of()) : people;
        ImpactDto cost = impact == null ? new ImpactDto(null, List.of(), null, null) : impact;
        return new PostmortemInput(
                new IncidentRef(incident.id(), incident.key(), incident.projectKey(), incident.summary()),
                PostmortemSeverity.fromCode(severity), incidentStatus, status(postmortemStatus),
                new IncidentPeople(PersonDto.toPerson(who.owner()), PersonDto.toPerson(who.commander()),
                        PersonDto.toPeople(who.reviewers()), PersonDto.toPeople(who.participants())),
                KeyInstants.of(instants),
                new Impact(cost.usersAffected(), cost.services() == null ? List.of() : cost.services(),
                        cost.revenue(), cost.sloErrorBudget()),
                events,
                actionItems == null ? List.of() : actionItems.stream().map(ActionItemDto::toItem).toList(),
                relatedIncidents == null ? List.of() : relatedIncidents.stream().map(related -> new RelatedIncident(
                        related.key(), related.summary(), related.resolvedAt(), related.relation())).toList(),
                fullTimelineUrl);
    }

    private static String code(KeyMoment moment) {
        return moment.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static KeyMoment moment(String code) {
        return KeyMoment.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String code(PostmortemStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PostmortemStatus status(String code) {
        return code == null ? PostmortemStatus.DRAFT
                : PostmortemStatus.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The incident: its host id, key, project and summary. */
    public record IncidentRefDto(long id, String key, String projectKey, String summary) {
    }

    /** Post-mortem owner, commander, reviewers and participants; owner and commander may be {@code null}. */
    public record PeopleDto(PersonDto owner, PersonDto commander, List<PersonDto> reviewers,
                            List<PersonDto> participants) {
    }

    /** A person by host user key, with the name people know them by. */
    public record PersonDto(String userKey, String displayName) {

        static PersonDto of(Person person) {
            return person == null ? null : new PersonDto(person.userKey(), person.displayName());
        }

        static Person toPerson(PersonDto person) {
            return person == null ? null : new Person(person.userKey(), person.displayName());
        }

        static List<Person> toPeople(List<PersonDto> people) {
            return people == null ? List.of() : people.stream().map(PersonDto::toPerson).toList();
        }
    }

    /** When a key moment happened and the timeline entry that says so ({@code null} when none is linked). */
    public record KeyInstantDto(Instant at, EntryDto source) {
    }

    /** What the incident cost, as recorded; any part may be {@code null}. */
    public record ImpactDto(String usersAffected, List<String> services, String revenue, String sloErrorBudget) {
    }

    /** A visible timeline entry, with what the post-mortem shows of it. */
    public record EntryDto(long id, Instant occurredAt, Instant recordedAt, String kind, String source, String actor,
                           String summary, String details, String evidenceLink) {

        static EntryDto from(TimelineEvent event) {
            return new EntryDto(event.id(), event.occurredAt(), event.recordedAt(), event.kind().code(),
                    event.source().code(), event.actorKey(), event.summary(), event.details(), event.evidenceLink());
        }

        TimelineEvent toEvent(long incidentId) {
            return new TimelineEvent(id, incidentId, occurredAt, recordedAt == null ? occurredAt : recordedAt,
                    TimelineEventKind.fromCode(kind, "kind"), new TimelineSource(source), actor, summary, details,
                    evidenceLink, null, null);
        }
    }

    /** An action item the incident already knows, by its stable id; {@code due} is an ISO date or {@code null}. */
    public record ActionItemDto(String id, String summary, String owner, String due, String priority, String type,
                                String jiraKey) {

        static ActionItemDto from(ActionItem item) {
            return new ActionItemDto(item.id(), item.summary(), item.ownerUserKey(),
                    item.dueIfSet().map(LocalDate::toString).orElse(null),
                    item.priority().name(), item.type().name(), item.jiraKey());
        }

        ActionItem toItem() {
            return new ActionItem(id, summary, owner, due == null ? null : LocalDate.parse(due), ActionItemPriority.valueOf(priority),
                    ActionItemType.valueOf(type), jiraKey);
        }
    }

    /** An earlier incident that looks related, and why. */
    public record RelatedDto(String key, String summary, Instant resolvedAt, String relation) {
    }
}
