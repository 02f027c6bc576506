package io.hindsight.jira.panel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Jira's $i18n for templates rendered in tests: texts from Hindsight's own bundle; an unknown key fails the test. */
public final class BundleI18n {

    private final Properties texts = new Properties();

    public BundleI18n() {
        try (Reader reader = new InputStreamReader(
                BundleI18n.class.getClassLoader().getResourceAsStream("i18n/hindsight.properties"),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public String getText(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new AssertionError("no i18n key " + key + " in hindsight.properties");
        }
        return text;
    }
}
