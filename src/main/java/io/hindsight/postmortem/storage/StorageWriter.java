package io.hindsight.postmortem.storage;

import io.hindsight.postmortem.storage.StorageAttribute.Attribute;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Writes a well-formed Confluence storage-format fragment: only {@link StorageTag} elements and
 * {@link StorageAttribute} attributes, every text and attribute value escaped, every element closed in order.
 */
public final class StorageWriter {

    private final StringBuilder out;
    private final Deque<StorageTag> open = new ArrayDeque<>();

    public StorageWriter() {
        this(8 * 1024);
    }

    public StorageWriter(int expectedChars) {
        this.out = new StringBuilder(expectedChars);
    }

    /** Opens an element; close it with {@link #close()}. */
    public StorageWriter open(StorageTag tag, Attribute... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        if (tag.breakAfterStartTag()) {
            out.append('\n');
        }
        return this;
    }

    /** Closes the innermost open element. */
    public StorageWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("No element is open.");
        }
        StorageTag tag = open.pop();
        out.append("</").append(tag.qualifiedName()).append('>');
        lineBreakAfter(tag);
        return this;
    }

    /** Writes an element without content, such as {@code <ri:user ri:userkey="…"/>}. */
    public StorageWriter empty(StorageTag tag, Attribute... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        lineBreakAfter(tag);
        return this;
    }

    /** Writes escaped text; null writes nothing. */
    public StorageWriter text(String text) {
        if (text != null) {
            XmlText.appendText(out, text);
        }
        return this;
    }

    /** Writes an element that holds only text. */
    public StorageWriter element(StorageTag tag, String text) {
        return open(tag).text(text).close();
    }

    /** The fragment written so far; refuses while an element is still open, so a result is always well-formed. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed element: " + open.peek().qualifiedName());
        }
        return out.toString();
    }

    private void startTag(StorageTag tag, Attribute... attributes) {
        Objects.requireNonNull(tag, "tag");
        out.append('<').append(tag.qualifiedName());
        for (Attribute attribute : attributes) {
            out.append(' ').append(attribute.name().qualifiedName()).append("=\"");
            XmlText.appendAttributeValue(out, Objects.requireNonNullElse(attribute.value(), ""));
            out.append('"');
        }
    }

    // Only where the parent holds elements and no text, so the line break is whitespace no renderer shows.
    private void lineBreakAfter(StorageTag tag) {
        if (tag.breakAfterEndTag() && (open.isEmpty() || open.peek().breakAfterStartTag())) {
            out.append('\n');
        }
    }
}
