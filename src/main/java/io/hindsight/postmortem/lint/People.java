package io.hindsight.postmortem.lint;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a subject names people, knowing the names of the incident's people (whole names and each part of
 * them, so "Jenkins" is a person when someone on the incident is called that) as well as roles and pronouns.
 */
final class People {

    private final Set<String> knownNames;

    People(Collection<String> names) {
        this.knownNames = names.stream()
                .filter(name -> name != null && !name.isBlank())
                .flatMap(name -> Stream.concat(Stream.of(name), Arrays.stream(name.strip().split("\\s+"))))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> name.length() > 1)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean named(Subject subject) {
        return Lexicon.isPerson(subject, knownNames);
    }

    /** True when this word alone (a possessor, an agent after "by") is a person. */
    boolean isPersonWord(String word) {
        return knownNames.contains(word.toLowerCase(Locale.ROOT)) || Lexicon.isPersonWord(word);
    }
}
