package io.hindsight.ingest;

/** The bounds every delivery is held to, in one place so that the README and the errors quote the same numbers. */
public final class IngestLimits {

    /**
     * Items (alerts, events) in one payload. Alertmanager cuts a group to this size itself with
     * {@code max_alerts: 1000}; a bigger payload is refused whole (413) rather than stored in part, so that
     * nothing is lost without a record.
     */
    public static final int MAX_ITEMS = 1_000;

    /** Rejected deliveries kept for admins to list; older ones are pruned. */
    public static final int MAX_REJECTIONS_KEPT = 5_000;

    /** Characters of a rejected body kept, after sanitising, to help an admin see what was sent. */
    public static final int MAX_EXCERPT = 200;

    private IngestLimits() {
    }

    /** The 413 for a payload of {@code count} items. */
    public static DeliveryRejectedException tooManyItems(int count, String what) {
        return new DeliveryRejectedException(413, "too_many_items", "The payload holds " + count + " " + what
                + "; at most " + MAX_ITEMS + " are accepted in one delivery. Split it (Alertmanager: set max_alerts: "
                + MAX_ITEMS + " on the webhook receiver).");
    }
}
