package io.hindsight.postmortem;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who owns the post-mortem, who commanded the incident, who reviews the post-mortem and who took part.
 * Owner and commander may be missing; the page then asks for them.
 */
public record IncidentPeople(Person owner, Person commander, List<Person> reviewers, List<Person> participants) {

    public IncidentPeople {
        reviewers = List.copyOf(reviewers);
        participants = List.copyOf(participants);
    }

    public static IncidentPeople nobody() {
        return new IncidentPeople(null, null, List.of(), List.of());
    }

    public Optional<Person> ownerIfKnown() {
        return Optional.ofNullable(owner);
    }

    public Optional<Person> commanderIfKnown() {
        return Optional.ofNullable(commander);
    }

    /** Everyone named anywhere, owner first, each once per listing role. */
    public Stream<Person> everyone() {
        return Stream.of(Stream.ofNullable(owner), Stream.ofNullable(commander), reviewers.stream(),
                participants.stream()).flatMap(people -> people);
    }
}
