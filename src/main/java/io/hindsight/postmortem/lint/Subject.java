package io.hindsight.postmortem.lint;

import java.util.List;

/**
 * The words that act as the subject of a verb, reduced to the noun phrase's head ("the engineer who ran the script"
 * gives "the engineer"), with the possessor when there is one ("Greg's config push").
 *
 * @param start offset of the phrase in the checked text
 */
record Subject(int start, String phrase, List<String> words, String possessor) {

    Subject {
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    String head() {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
