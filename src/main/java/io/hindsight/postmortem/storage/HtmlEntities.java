package io.hindsight.postmortem.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML named entities Confluence leaves in stored pages ({@code &nbsp;}, {@code &rsquo;}…) into numeric
 * character references, which every XML parser understands without a DTD. Unknown names are kept as literal text.
 */
final class HtmlEntities {

    private static final Pattern NAMED_REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final String XML_PREDEFINED = " amp lt gt quot apos ";
    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";

    /** HTML 4 Latin-1 entities, code points 160 to 255 in order. */
    private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy"
            + " reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

    /** The other HTML 4 entities people type or paste: punctuation, arrows, maths, spacing. */
    private static final String OTHERS = "OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710"
            + " tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 mdash 8212"
            + " lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 bull 8226"
            + " hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 euro 8364 trade 8482"
            + " larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 lArr 8656 rArr 8658 hArr 8660 minus 8722"
            + " le 8804 ge 8805 ne 8800 asymp 8776 infin 8734 deg 176 check 10003";

    private static final Map<String, Integer> CODE_POINTS = codePoints();

    private HtmlEntities() {
    }

    /** The body with named references replaced; CDATA sections, where references mean nothing, are left alone. */
    static String toNumericReferences(String body) {
        if (body.indexOf('&') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 64);
        int position = 0;
        while (position < body.length()) {
            int cdataStart = body.indexOf(CDATA_START, position);
            if (cdataStart < 0) {
                replaceIn(body.substring(position), out);
                break;
            }
            replaceIn(body.substring(position, cdataStart), out);
            int cdataEnd = body.indexOf(CDATA_END, cdataStart);
            int copyTo = cdataEnd < 0 ? body.length() : cdataEnd + CDATA_END.length();
            out.append(body, cdataStart, copyTo);
            position = copyTo;
        }
        return out.toString();
    }

    private static void replaceIn(String markup, StringBuilder out) {
        Matcher matcher = NAMED_REFERENCE.matcher(markup);
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (XML_PREDEFINED.contains(" " + name + " ")) {
                replacement = matcher.group();
            } else if (CODE_POINTS.containsKey(name)) {
                replacement = "&#" + CODE_POINTS.get(name) + ";";
            } else {
                replacement = "&amp;" + name + ";";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
    }

    private static Map<String, Integer> codePoints() {
        Map<String, Integer> map = new HashMap<>();
        String[] latin1 = LATIN_1.split(" ");
        if (latin1.length != 96) {
            throw new IllegalStateException("The Latin-1 entity list must cover 160 to 255.");
        }
        for (int i = 0; i < latin1.length; i++) {
            map.put(latin1[i], 160 + i);
        }
        String[] others = OTHERS.split(" ");
        for (int i = 0; i < others.length; i += 2) {
            map.put(others[i], Integer.parseInt(others[i + 1]));
        }
        return Map.copyOf(map);
    }
}
