package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When a required post-mortem is due after resolution: a span of elapsed time, or a number of business days. */
public sealed interface PostmortemDue {

    /** Longer than any post-mortem policy anyone means; a larger value is a typo. */
    Duration MAX_ELAPSED = Duration.ofDays(90);
    int MAX_BUSINESS_DAYS = 60;

    /** The due instant for an incident resolved at {@code resolvedAt}. */
    Instant dueAfter(Instant resolvedAt, BusinessCalendar calendar);

    /** Due a fixed span after resolution, in elapsed time: 48 h is 48 h across a daylight-saving change. */
    record Elapsed(Duration span) implements PostmortemDue {

        public Elapsed {
            Objects.requireNonNull(span, "span");
            if (span.isNegative() || span.isZero() || span.compareTo(MAX_ELAPSED) > 0) {
                throw new InvalidInputException("postmortemDue", "A post-mortem is due more than 0 and at most "
                        + MAX_ELAPSED.toDays() + " days after resolution.");
            }
        }

        @Override
        public Instant dueAfter(Instant resolvedAt, BusinessCalendar calendar) {
            return resolvedAt.plus(span);
        }
    }

    /** Due a number of business days after resolution, by the site's business calendar. */
    record BusinessDays(int days) implements PostmortemDue {

        public BusinessDays {
            if (days < 1 || days > MAX_BUSINESS_DAYS) {
                throw new InvalidInputException("postmortemDue", "A post-mortem is due 1 to " + MAX_BUSINESS_DAYS
                        + " business days after resolution.");
            }
        }

        @Override
        public Instant dueAfter(Instant resolvedAt, BusinessCalendar calendar) {
            return calendar.plusBusinessDays(resolvedAt, days);
        }
    }
}
