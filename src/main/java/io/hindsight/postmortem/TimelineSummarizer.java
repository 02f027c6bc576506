package io.hindsight.postmortem;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns a timeline into at most {@code maxRows} table rows. A timeline that fits is shown whole. A longer one
 * first folds bursts (consecutive routine entries from one source, each within five minutes of the previous);
 * then, while rows remain over the limit, merges the two adjacent foldable rows that span the shortest time —
 * routine entries first, then notes and updates, then decisions, failed attempts and changes, then state changes.
 * Entries that are the source of a key instant are never folded, so the limit always holds (it must leave room for
 * them and the gaps between).
 */
public final class TimelineSummarizer {

    static final Duration BURST_GAP = Duration.ofMinutes(5);

    /** Never folded. */
    private static final int KEY_INSTANT_SOURCE = 0;
    /** Folded only when nothing else is left to fold. */
    private static final int STATE_CHANGE = 1;
    private static final int DECISION_OR_CHANGE = 2;
    private static final int NOTE_OR_UPDATE = 3;
    private static final int ROUTINE = 4;

    private static final Set<TimelineEventKind> STATE_CHANGES = EnumSet.of(TimelineEventKind.DECLARED,
            TimelineEventKind.SEVERITY_CHANGED, TimelineEventKind.STATUS_CHANGED, TimelineEventKind.COMMANDER_CHANGED,
            TimelineEventKind.ASSIGNEE_CHANGED, TimelineEventKind.KEY_INSTANT);
    private static final Set<TimelineEventKind> DECISIONS_AND_CHANGES = EnumSet.of(TimelineEventKind.DECISION,
            TimelineEventKind.FAILED_ATTEMPT, TimelineEventKind.ROLLBACK, TimelineEventKind.DEPLOY_STARTED,
            TimelineEventKind.DEPLOY_FINISHED, TimelineEventKind.FEATURE_FLAG_CHANGED, TimelineEventKind.CONFIG_CHANGED);
    private static final Set<TimelineEventKind> ROUTINE_KINDS = EnumSet.of(TimelineEventKind.ALERT_FIRING,
            TimelineEventKind.ALERT_RESOLVED, TimelineEventKind.PAGE_TRIGGERED, TimelineEventKind.PAGE_RESOLVED,
            TimelineEventKind.COMMENT);

    private static final int MIN_ROWS = 2 * KeyMoment.values().length + 1;

    private final int maxRows;

    public TimelineSummarizer(int maxRows) {
        if (maxRows < MIN_ROWS) {
            throw new IllegalArgumentException("The row limit must leave room for the key instants: at least "
                    + MIN_ROWS + ".");
        }
        this.maxRows = maxRows;
    }

    public TimelineSummary summarize(List<TimelineEvent> timeline, KeyInstants keyInstants) {
        List<TimelineEvent> entries = timeline.stream()
                .filter(event -> !event.isHidden())
                .sorted(Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id))
                .toList();
        int[] tiers = entries.stream().mapToInt(event -> tier(event, keyInstants)).toArray();
        List<Span> spans = entries.size() <= maxRows ? singles(entries) : foldBursts(entries, tiers);
        for (int level = ROUTINE; level >= STATE_CHANGE && spans.size() > maxRows; level--) {
            spans = mergeShortest(spans, entries, tiers, level);
        }
        List<TimelineRow> rows = new ArrayList<>(spans.size());
        for (Span span : spans) {
            rows.add(span.size() == 1
                    ? new TimelineRow.Single(entries.get(span.from), keyInstants.momentSourcedBy(entries.get(span.from)))
                    : new TimelineRow.Folded(entries.subList(span.from, span.to)));
        }
        boolean folded = spans.size() < entries.size();
        return new TimelineSummary(rows, entries.size(), folded, foldsStateChange(spans, tiers));
    }

    private static int tier(TimelineEvent event, KeyInstants keyInstants) {
        if (keyInstants.momentSourcedBy(event).isPresent()) {
            return KEY_INSTANT_SOURCE;
        }
        if (STATE_CHANGES.contains(event.kind())) {
            return STATE_CHANGE;
        }
        if (DECISIONS_AND_CHANGES.contains(event.kind())) {
            return DECISION_OR_CHANGE;
        }
        return ROUTINE_KINDS.contains(event.kind()) ? ROUTINE : NOTE_OR_UPDATE;
    }

    private static List<Span> singles(List<TimelineEvent> entries) {
        List<Span> spans = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            spans.add(new Span(i, i + 1));
        }
        return spans;
    }

    private static List<Span> foldBursts(List<TimelineEvent> entries, int[] tiers) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            int end = i + 1;
            if (tiers[i] == ROUTINE) {
                while (end < entries.size() && tiers[end] == ROUTINE
                        && entries.get(end).source().equals(entries.get(i).source())
                        && !entries.get(end - 1).occurredAt().plus(BURST_GAP).isBefore(entries.get(end).occurredAt())) {
                    end++;
                }
            }
            spans.add(new Span(i, end));
            i = end;
        }
        return spans;
    }

    /** Merges adjacent spans whose entries all have a tier of at least {@code level}, shortest first. */
    private List<Span> mergeShortest(List<Span> spans, List<TimelineEvent> entries, int[] tiers, int level) {
        List<Node> nodes = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Node node = new Node(span.from, span.to, minTier(tiers, span));
            if (!nodes.isEmpty()) {
                Node previous = nodes.get(nodes.size() - 1);
                previous.next = node;
                node.previous = previous;
            }
            nodes.add(node);
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparing(Candidate::span)
                .thenComparingInt(candidate -> candidate.left.from));
        for (Node node : nodes) {
            offer(queue, node, node.next, entries, level);
        }
        int count = nodes.size();
        while (count > maxRows && !queue.isEmpty()) {
            Candidate candidate = queue.poll();
            if (candidate.isStale()) {
                continue;
            }
            Node left = candidate.left;
            Node right = candidate.right;
            left.to = right.to;
            left.tier = Math.min(left.tier, right.tier);
            left.version++;
            left.next = right.next;
            if (right.next != null) {
                right.next.previous = left;
            }
            right.merged = true;
            count--;
            offer(queue, left.previous, left, entries, level);
            offer(queue, left, left.next, entries, level);
        }
        List<Span> merged = new ArrayList<>(count);
        for (Node node = nodes.get(0); node != null; node = node.next) {
            merged.add(new Span(node.from, node.to));
        }
        return merged;
    }

    private static void offer(PriorityQueue<Candidate> queue, Node left, Node right, List<TimelineEvent> entries,
                              int level) {
        if (left == null || right == null || left.tier < level || right.tier < level) {
            return;
        }
        Duration span = Duration.between(entries.get(left.from).occurredAt(), entries.get(right.to - 1).occurredAt());
        queue.add(new Candidate(left, right, left.version, right.version, span));
    }

    private static int minTier(int[] tiers, Span span) {
        int min = Integer.MAX_VALUE;
        for (int i = span.from; i < span.to; i++) {
            min = Math.min(min, tiers[i]);
        }
        return min;
    }

    private static boolean foldsStateChange(List<Span> spans, int[] tiers) {
        return spans.stream().anyMatch(span -> span.size() > 1 && minTier(tiers, span) == STATE_CHANGE);
    }

    /** Entries {@code from} (inclusive) to {@code to} (exclusive) of the ordered timeline. */
    private record Span(int from, int to) {

        int size() {
            return to - from;
        }
    }

    private static final class Node {
        private final int from;
        private int to;
        private int tier;
        private int version;
        private boolean merged;
        private Node previous;
        private Node next;

        private Node(int from, int to, int tier) {
            this.from = from;
            this.to = to;
            this.tier = tier;
        }
    }

    private record Candidate(Node left, Node right, int leftVersion, int rightVersion, Duration span) {

        boolean isStale() {
            return left.merged || right.merged || left.version != leftVersion || right.version != rightVersion
                    || left.next != right;
        }
    }
}
