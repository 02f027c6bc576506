package io.hindsight.postmortem.storage;

import static io.hindsight.postmortem.storage.StorageAttribute.AC_NAME;
import static io.hindsight.postmortem.storage.StorageAttribute.HREF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class StorageWriterTest {

    @Test
    public void text_escapesMarkupCharactersAndCdataTerminator() {
        String out = new StorageWriter().element(StorageTag.P, "<b>&]]></b>").finish();

        assertEquals("<p>&lt;b&gt;&amp;]]&gt;&lt;/b&gt;</p>\n", out);
    }

    @Test
    public void attribute_escapesQuotesAndKeepsLineBreaksAsReferences() {
        String out = new StorageWriter().open(StorageTag.A, HREF.is("a\"b'c\n\t<")).close().finish();

        assertEquals("<a href=\"a&quot;b'c&#10;&#9;&lt;\"></a>", out);
    }

    @Test
    public void text_replacesControlCharactersAndLoneSurrogatesAndKeepsEmoji() {
        String out = new StorageWriter().element(StorageTag.P, "a\u0000b\u001Bc\uD800d\uDC00e\uFFFEf\u0085g🔥").finish();

        assertEquals("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg🔥</p>\n", out);
    }

    @Test
    public void text_keepsRightToLeftTextAsItIs() {
        String out = new StorageWriter().element(StorageTag.P, "שגיאה בתשלום").finish();

        assertEquals("<p>שגיאה בתשלום</p>\n", out);
    }

    @Test
    public void close_breaksLinesOnlyWhereTheParentHoldsNoText() {
        StorageWriter writer = new StorageWriter();
        writer.open(StorageTag.P).text("a ").open(StorageTag.MACRO, AC_NAME.is("status")).close().text(" b").close();

        assertEquals("<p>a <ac:structured-macro ac:name=\"status\">\n</ac:structured-macro> b</p>\n", writer.finish());
    }

    @Test(expected = IllegalStateException.class)
    public void finish_refusesWhileAnElementIsOpen() {
        new StorageWriter().open(StorageTag.P).finish();
    }

    @Test(expected = IllegalStateException.class)
    public void close_refusesWhenNothingIsOpen() {
        new StorageWriter().close();
    }

    @Test
    public void truncate_neverSplitsASurrogatePair() {
        String truncated = XmlText.truncate("ab🔥🔥🔥", 4);

        assertEquals("ab🔥…", truncated);
        assertFalse(Character.isHighSurrogate(truncated.charAt(truncated.length() - 2)));
    }

    @Test
    public void isSafeUrl_acceptsHttpAndRejectsScriptsAndMarkup() {
        assertEquals(true, ConfluenceMarkup.isSafeUrl("https://grafana.example.com/d/x?a=1&b=2"));
        assertEquals(false, ConfluenceMarkup.isSafeUrl("javascript:alert(1)"));
        assertEquals(false, ConfluenceMarkup.isSafeUrl("data:text/html,<script>"));
        assertEquals(false, ConfluenceMarkup.isSafeUrl("https://x.example.com/\"><script>"));
        assertEquals(false, ConfluenceMarkup.isSafeUrl(null));
    }
}
