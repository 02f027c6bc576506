package io.hindsight.metrics;

/**
 * A share such as post-mortem completion: {@code met} of {@code met + missed}, with the cases not decided yet counted
 * apart rather than as misses. {@link #share()} is {@code null} when nothing is decided.
 */
public record ShareFigure(Figure figure, long met, long missed, long pending) {

    public Double share() {
        long decided = met + missed;
        return decided == 0 ? null : (double) met / decided;
    }
}
