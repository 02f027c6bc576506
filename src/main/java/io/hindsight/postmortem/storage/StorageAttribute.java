package io.hindsight.postmortem.storage;

/** The attributes Hindsight writes into a Confluence page body; nothing else can be emitted. */
public enum StorageAttribute {
    AC_NAME("ac:name"),
    AC_SCHEMA_VERSION("ac:schema-version"),
    RI_USERKEY("ri:userkey"),
    DATETIME("datetime"),
    HREF("href");

    private final String qualifiedName;

    StorageAttribute(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** This attribute with a value; the writer escapes the value. */
    public Attribute is(String value) {
        return new Attribute(this, value);
    }

    /** One attribute and its unescaped value. */
    public record Attribute(StorageAttribute name, String value) {
    }
}
