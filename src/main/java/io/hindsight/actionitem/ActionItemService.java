package io.hindsight.actionitem;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Action items added to an incident from its panel: each becomes an issue in the configured action-item project,
 * assigned to its owner, linked "is an action item of" to the incident, copied into the {@link ActionItemMirror} the
 * metrics and reminders read, and noted on the incident's timeline.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class ActionItemService {

    /** The most action items one incident lists; a healthy post-mortem has 5 to 7. */
    public static final int MAX_LISTED = 200;

    private final IncidentAccess access;
    private final ActionItemTracker tracker;
    private final ActionItemSettings settings;
    private final ActionItemMirror mirror;
    private final TimelineService timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ActionItemService(IncidentAccess access, ActionItemTracker tracker, ActionItemSettings settings,
            ActionItemMirror mirror, TimelineService timeline, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.tracker = tracker;
        this.settings = settings;
        this.mirror = mirror;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What adding did: the action item, and a warning when the issue exists but could not be linked. */
    public record Added(ActionItemView view, String warning) {
    }

    /**
     * Adds an action item to the incident.
     *
     * @throws io.hindsight.platform.NotFoundException 404 when the incident does not exist or the caller may not see it
     * @throws ForbiddenException 403 when the caller may see but not change the incident, or may not create issues
     *                            in the action-item project
     * @throws InvalidInputException 400 for a due date in the past ({@code due}) or an owner who cannot be assigned
     *                               issues in the action-item project ({@code owner})
     * @throws ConflictException 409 when the action-item project or link type is missing, or the tracker is down
     */
    public Added add(String incidentKey, AddActionItemCommand command) {
        IncidentRef incident = access.forEditing(incidentKey);
        String actor = currentUser.requireUserKey();
        Instant now = clock.instant();
        if (command.due().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidInputException("due", "The due date " + command.due() + " is in the past.");
        }
        FollowUpSettings target = settings.forIncident(incident);
        String assignee = tracker.assignableName(target.projectKey(), command.ownerKey())
                .orElseThrow(() -> new InvalidInputException("owner", "This person cannot be assigned issues in "
                        + target.projectKey() + "."));
        String issueKey = create(incident, command, target, assignee);
        String warning = null;
        try {
            tracker.linkToIncident(issueKey, incident.key(), target.linkTypeName());
        } catch (FollowUpFailure failure) {
            warning = issueKey + " was created but not linked to " + incident.key() + ": " + failure.reason();
        }
        TrackedActionItem item = new TrackedActionItem(issueKey, incident.id(), incident.key(),
                incident.projectKey(), command.ownerKey(), dueInstant(command.due()), command.priority().title(),
                command.kind(), now.truncatedTo(ChronoUnit.MILLIS), null);
        mirror.put(item);
        timeline.record(incident, actor, new AppendTimelineEventCommand(null, TimelineEventKind.FOLLOW_UP_LINKED,
                TimelineSource.HINDSIGHT, "Action item " + issueKey + " added: " + shortened(command.summary()),
                "Owner " + command.ownerKey() + ", due " + command.due() + ", " + command.kind().code() + ", "
                        + command.priority().title().toLowerCase(java.util.Locale.ROOT) + " priority.",
                null, "action-item:" + issueKey));
        return new Added(new ActionItemView(item, ActionItemStatus.of(item, now)), warning);
    }

    /**
     * The incident's action items, oldest first, at most {@link #MAX_LISTED}, each with its status now.
     *
     * @throws io.hindsight.platform.NotFoundException 404 when the incident does not exist or the caller may not see it
     */
    public List<ActionItemView> list(String incidentKey) {
        IncidentRef incident = access.forViewing(incidentKey);
        Instant now = clock.instant();
        List<ActionItemView> views = new ArrayList<>();
        for (TrackedActionItem item : mirror.ofIncident(incident.id(), MAX_LISTED)) {
            views.add(new ActionItemView(item, ActionItemStatus.of(item, now)));
        }
        return views;
    }

    /** A due date is kept as the first instant after that day in UTC: the item is overdue from then on. */
    public static Instant dueInstant(LocalDate due) {
        return due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private String create(IncidentRef incident, AddActionItemCommand command, FollowUpSettings target,
            String assignee) {
        List<String> labels = new ArrayList<>(target.labels());
        labels.add("action-item-" + command.kind().code());
        NewFollowUp followUp = new NewFollowUp(target.projectKey(), target.issueTypeName(), command.summary(),
                "Action item of incident " + incident.key() + ": " + incident.summary(), assignee, command.due(),
                command.priority().title(), labels);
        try {
            return tracker.create(followUp);
        } catch (FollowUpFailure failure) {
            throw switch (failure.kind()) {
                case FORBIDDEN -> new ForbiddenException(failure.reason());
                case REJECTED -> new InvalidInputException("actionItem", failure.reason());
                default -> new ConflictException("tracker_unavailable", failure.reason());
            };
        }
    }

    private static String shortened(String summary) {
        int room = AppendTimelineEventCommand.MAX_SUMMARY - 40;
        return summary.length() <= room ? summary : summary.substring(0, room - 1) + "…";
    }
}
