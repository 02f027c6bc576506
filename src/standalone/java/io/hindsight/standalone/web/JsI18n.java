package io.hindsight.standalone.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The embedded host's version of the products' {@code jsI18n} web-resource transformer: replaces each literal
 * {@code AJS.I18n.getText("key")} call in a bundle with its text from the plugin's i18n bundles, and a call with
 * arguments with {@code AJS.format("pattern", ...)}. The bundles are the ones the descriptor declares, so the host
 * and the products read the same files. An unknown key is left as the key itself, as the products do.
 */
public final class JsI18n {

    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\"([A-Za-z0-9._-]+)\"\\s*(\\)|,)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    // The products load AJS before any plugin script; the embedded host has no AUI, so bundles carry this much of it.
    private static final String AJS_FORMAT = "var AJS=window.AJS=window.AJS||{};AJS.format=AJS.format||function(p){"
            + "var a=arguments;return p.replace(/\\{(\\d+)\\}/g,function(m,i){return +i+1<a.length?String(a[+i+1]):m})"
            + ".replace(/''/g,\"'\")};\n";

    private final Map<String, String> texts;

    JsI18n(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Reads the texts of every {@code <resource type="i18n">} in the descriptor on the classpath. */
    public static JsI18n fromDescriptor() {
        ClassLoader loader = JsI18n.class.getClassLoader();
        Map<String, String> texts = new HashMap<>();
        try (InputStream descriptor = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (descriptor == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList resources = factory.newDocumentBuilder().parse(descriptor).getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                Element resource = (Element) resources.item(i);
                if ("i18n".equals(resource.getAttribute("type"))) {
                    readBundle(loader, resource.getAttribute("location") + ".properties", texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the i18n bundles named in atlassian-plugin.xml", e);
        }
        return new JsI18n(texts);
    }

    private static void readBundle(ClassLoader loader, String path, Map<String, String> texts) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle " + path + " is not on the classpath");
            }
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            bundle.stringPropertyNames().forEach(key -> texts.put(key, bundle.getProperty(key)));
        }
    }

    /** The bundle's code with every text call replaced. */
    public String transform(String code) {
        Matcher call = CALL.matcher(code);
        StringBuilder out = new StringBuilder(AJS_FORMAT.length() + code.length());
        out.append(AJS_FORMAT);
        while (call.find()) {
            String key = call.group(1);
            String pattern = texts.getOrDefault(key, key);
            String replacement = call.group(2).equals(")")
                    ? jsString(ARGUMENT.matcher(pattern).find() ? pattern : pattern.replace("''", "'"))
                    : "AJS.format(" + jsString(pattern) + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    /** A double-quoted JavaScript string literal, safe inside a script element. */
    static String jsString(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || c > 0x7e) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
