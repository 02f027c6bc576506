package io.hindsight.postmortem.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the checked text, with its offset, a lower-cased copy of the same length for matching, and the
 * small amount of grammar the rules need: which words are the subject of the verb at a position.
 */
final class Sentence {

    /** Ends a clause: punctuation, or a conjunction that starts a new subject. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s|\\b(?:and|but|so|because|"
            + "since|while|although|though|when|whenever|after|before|until|unless|if|or|then|whereas|which|yet|"
            + "even though|as soon as)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:(?:\\p{L}+ly|again|also|then|just|even|still|"
            + "so|in hindsight|in the end|at the time|here|there|now|once more|yet)\\s+)+");
    private static final Pattern TRAILING_FILLER = Pattern.compile("(?:\\s+(?:\\p{L}+ly|again|also|then|just|even|"
            + "still|never|not|already|ever|once))+$");
    private static final Pattern RELATIVE = Pattern.compile("\\s(?:who|whom|that|which)(?:\\s|$)");
    private static final Pattern PREPOSITION = Pattern.compile("\\s(?:on|in|of|at|for|with|from|during|about|under|"
            + "over|behind|inside|within|responsible for)\\s");
    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}\\p{N}-]+)(?:'s|’s|s')\\s");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");

    private final int offset;
    private final String text;
    private final String lower;

    Sentence(int offset, String text) {
        this.offset = offset;
        this.text = text;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            // Char by char, so the lower-cased copy keeps every offset of the original.
            chars[i] = Character.toLowerCase(chars[i]);
        }
        this.lower = new String(chars);
    }

    int offset() {
        return offset;
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    /**
     * The subject of a verb at {@code position}: the words between the clause start and the verb; when there are
     * none (a second verb of the same subject, "X did this and forgot that"), the subject of the clause before.
     */
    Subject subjectBefore(int position) {
        int clauseStart = clauseStart(position);
        Subject subject = subjectIn(clauseStart, position);
        if (subject.isEmpty() && clauseStart > 0) {
            return leadingSubject(previousClauseStart(clauseStart), position);
        }
        return subject;
    }

    /** The subject of the clause that contains {@code position}: the words before its first verb. */
    Subject clauseSubject(int position) {
        int clauseStart = clauseStart(position);
        Subject subject = leadingSubject(clauseStart, position);
        if (subject.isEmpty() && clauseStart > 0) {
            return leadingSubject(previousClauseStart(clauseStart), position);
        }
        return subject;
    }

    /** True when the position sits between double quotes: the words are mentioned, not used. */
    boolean isQuoted(int position) {
        Matcher quotes = QUOTE.matcher(text);
        int count = 0;
        while (quotes.find() && quotes.start() < position) {
            count++;
        }
        return count % 2 == 1;
    }

    private Subject leadingSubject(int clauseStart, int limit) {
        Matcher words = WORD.matcher(lower);
        words.region(clauseStart, Math.max(clauseStart, limit));
        String previous = "";
        while (words.find()) {
            String word = words.group();
            if (Lexicon.isVerb(word, previous)) {
                return subjectIn(clauseStart, words.start());
            }
            previous = word;
        }
        // No verb before the position: the words so far are the subject ("Lisa accidentally …").
        return subjectIn(clauseStart, limit);
    }

    private int clauseStart(int position) {
        Matcher boundary = CLAUSE_BOUNDARY.matcher(lower);
        boundary.region(0, position);
        int start = 0;
        while (boundary.find()) {
            start = boundary.end();
        }
        return start;
    }

    private int previousClauseStart(int clauseStart) {
        Matcher boundary = CLAUSE_BOUNDARY.matcher(lower);
        boundary.region(0, clauseStart);
        int start = 0;
        int lastEnd = -1;
        while (boundary.find()) {
            if (boundary.end() >= clauseStart) {
                break;
            }
            lastEnd = boundary.end();
        }
        if (lastEnd >= 0) {
            start = lastEnd;
        }
        return start;
    }

    private Subject subjectIn(int from, int to) {
        String phrase = text.substring(from, Math.max(from, to));
        int leading = phrase.length() - phrase.stripLeading().length();
        phrase = phrase.strip();
        String lowered = phrase.toLowerCase(Locale.ROOT);
        Matcher filler = LEADING_FILLER.matcher(lowered);
        if (filler.find()) {
            leading += filler.end();
            phrase = phrase.substring(filler.end());
            lowered = lowered.substring(filler.end());
        }
        Matcher trailing = TRAILING_FILLER.matcher(lowered);
        if (trailing.find()) {
            phrase = phrase.substring(0, trailing.start());
            lowered = lowered.substring(0, trailing.start());
        }
        phrase = cutAfterHead(phrase, lowered);
        String possessor = null;
        Matcher possessive = POSSESSIVE.matcher(phrase + " ");
        if (possessive.find()) {
            possessor = possessive.group(1);
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(phrase);
        while (word.find()) {
            words.add(word.group());
        }
        return new Subject(offset + from + leading, phrase, words, possessor);
    }

    /** Keeps the noun phrase's head: drops a relative clause ("the engineer who ran it") or a prepositional tail. */
    private static String cutAfterHead(String phrase, String lowered) {
        Matcher relative = RELATIVE.matcher(lowered);
        if (relative.find() && relative.start() > 0) {
            return cutAfterHead(phrase.substring(0, relative.start()), lowered.substring(0, relative.start()));
        }
        Matcher preposition = PREPOSITION.matcher(lowered);
        if (preposition.find() && preposition.start() > 0) {
            return phrase.substring(0, preposition.start());
        }
        return phrase;
    }
}
