package io.hindsight.timeline.rest;

import io.hindsight.platform.DisplayNames;
import io.hindsight.timeline.TimelineEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The display names of the people a response mentions (actors and those who hid entries), by user key, so that a
 * client shows names without a request per person. Keys the host does not know are left out.
 */
final class PeopleDto {

    private PeopleDto() {
    }

    static Map<String, String> of(Collection<TimelineEvent> events, Collection<String> others, DisplayNames names) {
        Map<String, String> people = new LinkedHashMap<>();
        for (TimelineEvent event : events) {
            add(people, event.actorKey(), names);
            if (event.hidden() != null) {
                add(people, event.hidden().byUserKey(), names);
            }
        }
        others.forEach(key -> add(people, key, names));
        return people;
    }

    private static void add(Map<String, String> people, String userKey, DisplayNames names) {
        if (userKey != null && !people.containsKey(userKey)) {
            names.of(userKey).ifPresent(name -> people.put(userKey, name));
        }
    }
}
