package io.hindsight.postmortem.storage;

/** The elements Hindsight writes into a Confluence page body; nothing else can be emitted. */
public enum StorageTag {
    P("p", Layout.BLOCK),
    H2("h2", Layout.BLOCK),
    H3("h3", Layout.BLOCK),
    TABLE("table", Layout.CONTAINER),
    TBODY("tbody", Layout.CONTAINER),
    TR("tr", Layout.CONTAINER),
    TH("th", Layout.BLOCK),
    TD("td", Layout.BLOCK),
    UL("ul", Layout.CONTAINER),
    LI("li", Layout.BLOCK),
    STRONG("strong", Layout.INLINE),
    EM("em", Layout.INLINE),
    A("a", Layout.INLINE),
    TIME("time", Layout.INLINE),
    MACRO("ac:structured-macro", Layout.CONTAINER),
    PARAMETER("ac:parameter", Layout.BLOCK),
    RICH_TEXT_BODY("ac:rich-text-body", Layout.CONTAINER),
    TASK_LIST("ac:task-list", Layout.CONTAINER),
    TASK("ac:task", Layout.CONTAINER),
    TASK_ID("ac:task-id", Layout.BLOCK),
    TASK_STATUS("ac:task-status", Layout.BLOCK),
    TASK_BODY("ac:task-body", Layout.BLOCK),
    LINK("ac:link", Layout.INLINE),
    USER("ri:user", Layout.INLINE);

    private final String qualifiedName;
    private final Layout layout;

    StorageTag(String qualifiedName, Layout layout) {
        this.qualifiedName = qualifiedName;
        this.layout = layout;
    }

    /** The name as written in storage format, with its {@code ac:}/{@code ri:} prefix when it has one. */
    public String qualifiedName() {
        return qualifiedName;
    }

    boolean breakAfterStartTag() {
        return layout == Layout.CONTAINER;
    }

    boolean breakAfterEndTag() {
        return layout != Layout.INLINE;
    }

    // Line breaks between blocks keep the page body readable and diffable; they change nothing in the rendering.
    private enum Layout { INLINE, BLOCK, CONTAINER }
}
