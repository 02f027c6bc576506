package io.hindsight.postmortem.workflow;

import io.hindsight.incident.IncidentService;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentView;
import io.hindsight.incident.KeyInstantEntry;
import io.hindsight.postmortem.Impact;
import io.hindsight.postmortem.IncidentPeople;
import io.hindsight.postmortem.KeyInstant;
import io.hindsight.postmortem.KeyInstants;
import io.hindsight.postmortem.KeyMoment;
import io.hindsight.postmortem.Person;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemSeverity;
import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers what a post-mortem is generated from, as the current user sees the incident: its state, key instants with
 * the entries they came from, the people named on its timeline, and the timeline itself read page by page up to
 * {@link #MAX_TIMELINE_ENTRIES} (the composer summarises it to at most {@link PostmortemComposer#MAX_TIMELINE_ROWS}
 * rows; the page links to the full timeline for the rest).
 */
public final class PostmortemSources {

    /** Four pages of the largest size: enough for the summary of any real incident, bounded for any timeline. */
    public static final int MAX_TIMELINE_ENTRIES = 4 * TimelineQuery.MAX_LIMIT;

    private final IncidentService incidents;
    private final TimelineService timeline;
    private final PeopleNames names;

    public PostmortemSources(IncidentService incidents, TimelineService timeline, PeopleNames names) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * The source of the incident's post-mortem.
     *
     * @param fullTimelineUrl where the whole timeline can be read, or {@code null}
     * @throws io.hindsight.platform.NotFoundException when the incident does not exist or the user may not see it
     */
    public PostmortemInput read(String incidentKey, String fullTimelineUrl) {
        IncidentView view = incidents.get(incidentKey);
        IncidentState state = view.state();
        List<TimelineEvent> events = timelineOf(incidentKey);
        Map<Long, TimelineEvent> byId = new HashMap<>();
        events.forEach(event -> byId.put(event.id(), event));
        KeyInstants instants = keyInstants(incidentKey, view.keyInstants(), byId);
        return new PostmortemInput(state.incident(), severity(state.severity()), state.status().label(),
                status(state), people(state, events), instants, Impact.unrecorded(), events, List.of(), List.of(),
                fullTimelineUrl);
    }

    /** The incident domain's severity as the composer shows it. */
    public static PostmortemSeverity severity(io.hindsight.incident.Severity severity) {
        return switch (severity) {
            case SEV_1 -> PostmortemSeverity.SEV_1;
            case SEV_2 -> PostmortemSeverity.SEV_2;
            case SEV_3 -> PostmortemSeverity.SEV_3;
            case SEV_4 -> PostmortemSeverity.SEV_4;
        };
    }

    /** The incident domain's post-mortem status as the page shows it. */
    public static PostmortemStatus status(io.hindsight.incident.PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> PostmortemStatus.DRAFT;
            case IN_REVIEW -> PostmortemStatus.IN_REVIEW;
            case PUBLISHED -> PostmortemStatus.PUBLISHED;
        };
    }

    /** The page's status as the incident domain records it. */
    public static io.hindsight.incident.PostmortemStatus incidentStatus(PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> io.hindsight.incident.PostmortemStatus.DRAFT;
            case IN_REVIEW -> io.hindsight.incident.PostmortemStatus.IN_REVIEW;
            case PUBLISHED -> io.hindsight.incident.PostmortemStatus.PUBLISHED;
        };
    }

    private static PostmortemStatus status(IncidentState state) {
        return state.postmortemRecord().map(record -> status(record.status())).orElse(PostmortemStatus.DRAFT);
    }

    private List<TimelineEvent> timelineOf(String incidentKey) {
        List<TimelineEvent> events = new ArrayList<>();
        TimelineQuery query = TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, TimelineQuery.MAX_LIMIT);
        while (events.size() < MAX_TIMELINE_ENTRIES) {
            TimelinePage page = timeline.list(incidentKey, query);
            for (TimelineEvent event : page.events()) {
                if (events.size() < MAX_TIMELINE_ENTRIES) {
                    events.add(event);
                }
            }
            if (page.next() == null) {
                break;
            }
            query = new TimelineQuery(query.order(), query.kinds(), page.next(), query.limit(), false);
        }
        return events;
    }

    /** Every key instant with its source entry; a source beyond the entries read is fetched on its own. */
    private KeyInstants keyInstants(String incidentKey, io.hindsight.incident.KeyInstants known,
                                    Map<Long, TimelineEvent> read) {
        Map<KeyMoment, KeyInstant> instants = new EnumMap<>(KeyMoment.class);
        known.asMap().forEach((instant, entry) -> instants.put(moment(instant),
                new KeyInstant(entry.at(), sourceOf(incidentKey, entry, read))));
        return KeyInstants.of(instants);
    }

    private TimelineEvent sourceOf(String incidentKey, KeyInstantEntry entry, Map<Long, TimelineEvent> read) {
        TimelineEvent source = read.get(entry.entryId());
        return source != null ? source : timeline.get(incidentKey, entry.entryId());
    }

    private static KeyMoment moment(io.hindsight.incident.KeyInstant instant) {
        return switch (instant) {
            case IMPACT_STARTED -> KeyMoment.IMPACT_STARTED;
            case DETECTED -> KeyMoment.DETECTED;
            case ACKNOWLEDGED -> KeyMoment.ACKNOWLEDGED;
            case MITIGATED -> KeyMoment.MITIGATED;
            case RESOLVED -> KeyMoment.RESOLVED;
        };
    }

    /** The commander, and everyone who acted on the timeline, each once; the post-mortem's owner is left to people. */
    private IncidentPeople people(IncidentState state, List<TimelineEvent> events) {
        Set<String> participantKeys = new LinkedHashSet<>();
        participantKeys.add(state.declaredBy());
        events.stream().map(TimelineEvent::actorKey).filter(Objects::nonNull).forEach(participantKeys::add);
        participantKeys.remove(state.commanderKey());
        List<Person> participants = participantKeys.stream().map(this::person).toList();
        return new IncidentPeople(null, person(state.commanderKey()), List.of(), participants);
    }

    private Person person(String userKey) {
        return new Person(userKey, names.displayNameOf(userKey).orElse(userKey));
    }
}
