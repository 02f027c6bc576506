package io.hindsight.postmortem.lint;

import io.hindsight.postmortem.storage.StorageNode;
import io.hindsight.postmortem.storage.StorageNode.Element;
import io.hindsight.postmortem.storage.StorageParser;
import java.util.Set;

/**
 * The prose of a storage-format page, as people read it: each block on its own line. Left out: code ({@code code}
 * and {@code noformat} macros, {@code <pre>}, {@code <code>}), macro parameters and plain-text bodies, and quoted
 * log lines ({@code <blockquote>}) — none of it is the authors' own wording.
 */
final class ProseExtractor {

    private static final Set<String> SKIPPED_ELEMENTS = Set.of("pre", "code", "blockquote", "ac:parameter",
            "ac:plain-text-body", "ac:plain-text-link-body", "ac:task-id", "ac:task-status", "ac:task-uuid",
            "script", "style");
    private static final Set<String> SKIPPED_MACROS = Set.of("code", "noformat");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "td", "th", "table", "br", "hr", "ac:task", "ac:task-body", "ac:rich-text-body",
            "ac:structured-macro", "ac:layout-cell", "dt", "dd");

    private final StorageParser parser = new StorageParser();

    String extract(String storageBody) {
        StringBuilder prose = new StringBuilder(storageBody.length() / 2);
        append(parser.parse(storageBody), prose);
        return prose.toString().strip();
    }

    private static void append(Element element, StringBuilder prose) {
        for (StorageNode child : element.children()) {
            if (child instanceof StorageNode.Text text) {
                prose.append(text.text());
                continue;
            }
            Element node = (Element) child;
            if (SKIPPED_ELEMENTS.contains(node.name()) || SKIPPED_MACROS.stream().anyMatch(node::isMacro)) {
                continue;
            }
            boolean block = BLOCKS.contains(node.name());
            if (block) {
                lineBreak(prose);
            }
            append(node, prose);
            if (block) {
                lineBreak(prose);
            }
        }
    }

    // A line break ends a sentence for the splitter, so table cells and list items are never run together.
    private static void lineBreak(StringBuilder prose) {
        if (prose.length() > 0 && prose.charAt(prose.length() - 1) != '\n') {
            prose.append('\n');
        }
    }
}
