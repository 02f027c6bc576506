package io.hindsight.standalone.pages;

import io.hindsight.postmortem.storage.StorageNode;
import io.hindsight.postmortem.storage.StorageNode.Element;
import io.hindsight.postmortem.storage.StorageParser;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders a page in storage format as safe HTML for the embedded host's preview. Only allow-listed elements become
 * HTML, without any of their attributes; the few macros a post-mortem uses become plain markup; every text is
 * escaped; links keep only http(s) addresses. Anything else is reduced to its text.
 */
public final class StoragePreview {

    private static final Set<String> KEPT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "b", "i", "u", "s", "code", "pre",
            "blockquote", "br", "hr", "sub", "sup");
    private static final Set<String> VOID = Set.of("br", "hr");
    private static final Set<String> HIDDEN = Set.of("ac:parameter", "ac:task-id", "ac:task-status",
            "ac:placeholder");
    private static final Map<String, String> PANELS = Map.of("info", "info", "note", "note", "warning", "warning",
            "tip", "tip", "panel", "panel", "expand", "expand", "details", "details");

    private final StorageParser parser = new StorageParser();
    private final Function<String, String> userNames;

    /** {@code userNames} names a mentioned user from their key. */
    public StoragePreview(Function<String, String> userNames) {
        this.userNames = userNames;
    }

    /** @throws io.hindsight.postmortem.storage.MalformedStorageException when the body is not storage format */
    public String toHtml(String storage) {
        StringBuilder out = new StringBuilder(storage.length());
        children(parser.parse(storage), out);
        return out.toString();
    }

    private void children(Element element, StringBuilder out) {
        for (StorageNode child : element.children()) {
            node(child, out);
        }
    }

    private void node(StorageNode node, StringBuilder out) {
        if (node instanceof StorageNode.Text text) {
            escape(text.text(), out);
            return;
        }
        Element element = (Element) node;
        String name = element.name().toLowerCase(Locale.ROOT);
        if (HIDDEN.contains(name)) {
            return;
        }
        if (KEPT.contains(name)) {
            out.append('<').append(name).append('>');
            if (!VOID.contains(name)) {
                children(element, out);
                out.append("</").append(name).append('>');
            }
        } else if (name.equals("a")) {
            link(element.attribute("href").orElse(""), element, out);
        } else if (name.equals("time")) {
            escape(element.attribute("datetime").orElse(element.text()), out);
        } else if (name.equals("ac:structured-macro") || name.equals("ac:macro")) {
            macro(element, out);
        } else if (name.equals("ac:task-list")) {
            out.append("<ul class=\"tasks\">");
            children(element, out);
            out.append("</ul>");
        } else if (name.equals("ac:task")) {
            boolean done = element.firstDescendant("ac:task-status").map(status -> status.text().strip())
                    .filter("complete"::equals).isPresent();
            out.append("<li>").append(done ? "\u2611 " : "\u2610 ");
            children(element, out);
            out.append("</li>");
        } else if (name.equals("ac:link")) {
            mention(element, out);
        } else {
            children(element, out);
        }
    }

    private void macro(Element macro, StringBuilder out) {
        String name = macro.attribute("ac:name").orElse("");
        switch (name) {
            case "status" -> {
                out.append("<span class=\"lozenge lozenge-");
                escape(macro.macroParameter("colour").orElse("grey").toLowerCase(Locale.ROOT), out);
                out.append("\">");
                escape(macro.macroParameter("title").orElse(""), out);
                out.append("</span>");
            }
            case "jira" -> {
                out.append("<span class=\"jira-issue\">");
                escape(macro.macroParameter("key").orElse(""), out);
                out.append("</span>");
            }
            case "anchor", "toc" -> {
                // Invisible on a rendered page too.
            }
            default -> {
                String panel = PANELS.get(name);
                out.append(panel == null ? "<div>" : "<div class=\"panel panel-" + panel + "\">");
                macro.firstDescendant("ac:rich-text-body").ifPresent(body -> children(body, out));
                macro.firstDescendant("ac:plain-text-body").ifPresent(body -> {
                    out.append("<pre>");
                    escape(body.text(), out);
                    out.append("</pre>");
                });
                out.append("</div>");
            }
        }
    }

    private void mention(Element link, StringBuilder out) {
        java.util.Optional<String> user = link.firstDescendant("ri:user").flatMap(u -> u.attribute("ri:userkey"));
        if (user.isPresent()) {
            out.append("<span class=\"mention\">@");
            escape(userNames.apply(user.get()), out);
            out.append("</span>");
            return;
        }
        link.firstDescendant("ac:plain-text-link-body").or(() -> link.firstDescendant("ac:link-body"))
                .ifPresentOrElse(body -> escape(body.text(), out), () -> link.firstDescendant("ri:page")
                        .flatMap(page -> page.attribute("ri:content-title")).ifPresent(title -> escape(title, out)));
    }

    private void link(String href, Element element, StringBuilder out) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            out.append("<a rel=\"noopener noreferrer nofollow\" href=\"");
            escape(href.strip(), out);
            out.append("\">");
            children(element, out);
            out.append("</a>");
        } else {
            children(element, out);
        }
    }

    static void escape(String text, StringBuilder out) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
    }
}
