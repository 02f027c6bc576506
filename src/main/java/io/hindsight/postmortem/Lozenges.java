package io.hindsight.postmortem;

/** The status-lozenge colours for severities and post-mortem statuses. */
final class Lozenges {

    private Lozenges() {
    }

    static String colour(PostmortemSeverity severity) {
        return switch (severity) {
            case SEV_1 -> "Red";
            case SEV_2 -> "Yellow";
            case SEV_3 -> "Blue";
            case SEV_4 -> "Grey";
        };
    }

    static String colour(PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> "Grey";
            case IN_REVIEW -> "Yellow";
            case PUBLISHED -> "Green";
        };
    }
}
