package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.StorageNode;
import io.hindsight.postmortem.storage.StorageNode.Element;
import io.hindsight.postmortem.storage.StorageParser;
import io.hindsight.postmortem.storage.StorageSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets the post-mortem status on a page a person may have edited: every status lozenge that names a post-mortem
 * status gets the new title and colour; the rest of the page is left as it was.
 */
public final class PostmortemStatusWriter {

    private static final String PARAMETER = "ac:parameter";
    private static final String PARAMETER_NAME = "ac:name";

    private final StorageParser parser = new StorageParser();
    private final StorageSerializer serializer = new StorageSerializer();

    /**
     * The body with its status lozenges showing {@code status}; the body itself when it has no such lozenge or
     * already shows {@code status}.
     *
     * @throws io.hindsight.postmortem.storage.MalformedStorageException when the body is not storage format
     */
    public String withStatus(String body, PostmortemStatus status) {
        Element page = parser.parse(body);
        boolean[] changed = {false};
        Element rewritten = rewrite(page, status, changed);
        return changed[0] ? serializer.bodyOf(rewritten) : body;
    }

    private static Element rewrite(Element element, PostmortemStatus status, boolean[] changed) {
        if (element.isMacro("status")) {
            Optional<PostmortemStatus> shown = PostmortemStatus.fromTitle(element.macroParameter("title").orElse(""));
            if (shown.isPresent() && (shown.get() != status
                    || !element.macroParameter("colour").orElse("").equals(Lozenges.colour(status)))) {
                changed[0] = true;
                return lozenge(element, status);
            }
            return element;
        }
        List<StorageNode> children = new ArrayList<>(element.children().size());
        boolean childChanged = false;
        for (StorageNode child : element.children()) {
            StorageNode after = child instanceof Element childElement ? rewrite(childElement, status, changed) : child;
            childChanged |= after != child;
            children.add(after);
        }
        return childChanged ? new Element(element.name(), element.attributes(), children) : element;
    }

    private static Element lozenge(Element macro, PostmortemStatus status) {
        List<StorageNode> children = new ArrayList<>();
        boolean hasColour = false;
        for (StorageNode child : macro.children()) {
            if (child instanceof Element parameter && parameter.is(PARAMETER)) {
                String name = parameter.attribute(PARAMETER_NAME).orElse("");
                if (name.equals("title")) {
                    children.add(parameter(name, status.title()));
                    continue;
                }
                if (name.equals("colour")) {
                    hasColour = true;
                    children.add(parameter(name, Lozenges.colour(status)));
                    continue;
                }
            }
            children.add(child);
        }
        if (!hasColour) {
            children.add(0, parameter("colour", Lozenges.colour(status)));
        }
        return new Element(macro.name(), macro.attributes(), children);
    }

    private static Element parameter(String name, String value) {
        return new Element(PARAMETER, Map.of(PARAMETER_NAME, name), List.of(new StorageNode.Text(value)));
    }
}
