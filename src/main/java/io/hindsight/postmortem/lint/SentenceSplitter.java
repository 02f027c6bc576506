package io.hindsight.postmortem.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: at a line break, or at ., ! or ? followed by white space, except after common
 * abbreviations. Runaway sentences are cut into bounded pieces so no rule ever sees an unbounded input.
 */
final class SentenceSplitter {

    static final int MAX_SENTENCE = 1000;
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "incl", "cf", "no",
            "fig", "mr", "mrs", "ms", "dr", "st");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))) && !isAbbreviation(text, i));
            if (end || i - start >= MAX_SENTENCE) {
                add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static void add(String text, int from, int to, List<Sentence> sentences) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new Sentence(from, text.substring(from, to)));
        }
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        return ABBREVIATIONS.contains(text.substring(wordStart, dot).toLowerCase(Locale.ROOT));
    }
}
