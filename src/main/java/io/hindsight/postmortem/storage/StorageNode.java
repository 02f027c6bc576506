package io.hindsight.postmortem.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A node of a parsed storage-format page: an element or a run of text. */
public sealed interface StorageNode {

    /**
     * An element. Names carry the canonical prefix of their namespace ({@code ac:task}, {@code ri:user}), whatever
     * prefix the page used; plain XHTML elements have none.
     */
    record Element(String name, Map<String, String> attributes, List<StorageNode> children) implements StorageNode {

        public Element {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        public Optional<String> attribute(String qualifiedName) {
            return Optional.ofNullable(attributes.get(qualifiedName));
        }

        public boolean is(String qualifiedName) {
            return name.equals(qualifiedName);
        }

        /** True for an {@code ac:structured-macro} (or legacy {@code ac:macro}) of this name. */
        public boolean isMacro(String macroName) {
            return (is("ac:structured-macro") || is("ac:macro"))
                    && macroName.equals(attributes.get("ac:name"));
        }

        /** The value of this macro's parameter; the unnamed default parameter is {@code ""}. */
        public Optional<String> macroParameter(String parameterName) {
            for (StorageNode child : children) {
                if (child instanceof Element parameter && parameter.is("ac:parameter")
                        && parameterName.equals(parameter.attributes.getOrDefault("ac:name", ""))) {
                    return Optional.of(parameter.text().strip());
                }
            }
            return Optional.empty();
        }

        public List<Element> childElements() {
            List<Element> elements = new ArrayList<>();
            for (StorageNode child : children) {
                if (child instanceof Element element) {
                    elements.add(element);
                }
            }
            return elements;
        }

        /** Descendant elements of this name, in document order. */
        public List<Element> descendants(String qualifiedName) {
            List<Element> found = new ArrayList<>();
            forEachDescendant(element -> {
                if (element.is(qualifiedName)) {
                    found.add(element);
                }
            });
            return found;
        }

        public Optional<Element> firstDescendant(String qualifiedName) {
            for (StorageNode child : children) {
                if (child instanceof Element element) {
                    if (element.is(qualifiedName)) {
                        return Optional.of(element);
                    }
                    Optional<Element> below = element.firstDescendant(qualifiedName);
                    if (below.isPresent()) {
                        return below;
                    }
                }
            }
            return Optional.empty();
        }

        /** Visits every descendant element in document order. */
        public void forEachDescendant(Consumer<Element> visitor) {
            for (StorageNode child : children) {
                if (child instanceof Element element) {
                    visitor.accept(element);
                    element.forEachDescendant(visitor);
                }
            }
        }

        /** All text below this element, as written (whitespace kept). */
        public String text() {
            StringBuilder text = new StringBuilder();
            appendText(this, text);
            return text.toString();
        }

        private static void appendText(Element element, StringBuilder text) {
            for (StorageNode child : element.children) {
                if (child instanceof Text run) {
                    text.append(run.text());
                } else {
                    appendText((Element) child, text);
                }
            }
        }
    }

    /** Character data, with entities and CDATA sections already resolved. */
    record Text(String text) implements StorageNode {
    }
}
