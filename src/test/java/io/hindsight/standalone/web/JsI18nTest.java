package io.hindsight.standalone.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

public class JsI18nTest {

    private final JsI18n i18n = new JsI18n(Map.of(
            "hindsight.ui.plain", "Show more",
            "hindsight.ui.quoted", "It''s \"done\" </script>",
            "hindsight.ui.counted", "{0} of {1} entries"));

    @Test
    public void callWithoutArguments_becomesTheText() {
        assertEquals("x=\"Show more\";", body(i18n.transform("x=AJS.I18n.getText(\"hindsight.ui.plain\");")));
    }

    @Test
    public void text_isEscapedSoItCannotLeaveTheStringOrTheScriptElement() {
        assertEquals("x=\"It's \\\"done\\\" \\u003c/script\\u003e\";",
                body(i18n.transform("x=AJS.I18n.getText(\"hindsight.ui.quoted\");")));
    }

    @Test
    public void callWithArguments_becomesAFormatCall() {
        assertEquals("x=AJS.format(\"{0} of {1} entries\",n,m);",
                body(i18n.transform("x=AJS.I18n.getText(\"hindsight.ui.counted\",n,m);")));
    }

    @Test
    public void unknownKey_showsTheKey_asTheProductsDo() {
        assertEquals("x=\"hindsight.ui.unknown\";", body(i18n.transform("x=AJS.I18n.getText(\"hindsight.ui.unknown\");")));
    }

    @Test
    public void everyBundle_startsWithTheFormatFunctionTheHostLacks() {
        assertTrue(i18n.transform("").startsWith("var AJS=window.AJS=window.AJS||{};AJS.format="));
    }

    @Test
    public void descriptorBundles_areRead() {
        String code = JsI18n.fromDescriptor().transform("AJS.I18n.getText(\"hindsight.plugin.name\")");
        assertEquals("\"Hindsight\"", body(code));
    }

    private static String body(String transformed) {
        return transformed.substring(transformed.indexOf('\n') + 1);
    }
}
