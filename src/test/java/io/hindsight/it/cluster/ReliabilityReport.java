package io.hindsight.it.cluster;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The two-node test's figures as the markdown table in {@code bench/results/reliability.md}. */
final class ReliabilityReport {

    private ReliabilityReport() {
    }

    /** Everything one run counted. */
    record Figures(int nodes, int writers, int writes, int uniqueWrites, int duplicates, int refusedBefore,
            int failedAfter, int cutAfter, int attempts, int retries, int connectionErrors, int nodeServerErrors,
            int rateLimited, int failovers, int killInterrupted, int killStoredWhole, int killStoredNone,
            long killSessionsGoneMillis, int uniqueEntries, int storedEntries, long writeMillis, long testMillis,
            double loadAtStart, String database) {
    }

    static String markdown(Figures f) {
        StringBuilder out = new StringBuilder("# Two-node reliability\n\n");
        out.append("Written by `TwoNodeReliabilityIT` (part of `./hindsight test`; `./hindsight bench reliability` ")
                .append("reruns it). Two embedded-host nodes, each in its own JVM, on one embedded PostgreSQL; each ")
                .append("node behind a proxy that fails 5% of requests (a third refused before the node sees them, ")
                .append("a third answered 502 after the node stored them, a third cut without an answer after the ")
                .append("node stored them). Writers alternate a timeline note (one entry) and an Alertmanager ")
                .append("delivery of 3 alerts (one transaction), retry every failed attempt, and send 10% of their ")
                .append("writes again to the other node. Halfway through, node A is killed with SIGKILL; its writers ")
                .append("fail over to node B once the test has checked what the kill cut short, and node A then ")
                .append("restarts and reads every timeline back.\n\n");
        out.append("| | |\n|---|---|\n");
        row(out, "date (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        row(out, "machine", Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.2f", f.loadAtStart()) + " at start (shared with other builds)");
        row(out, "nodes", f.nodes() + " JVMs, one PostgreSQL");
        row(out, "database", f.database());
        row(out, "writers", f.writers() + " (" + f.writers() / f.nodes() + " per node)");
        row(out, "writes (deliveries and notes, first sends)", f.writes());
        row(out, "duplicate deliveries (sent again to the other node)", f.duplicates());
        row(out, "failures injected", (f.refusedBefore() + f.failedAfter() + f.cutAfter()) + " (" + f.refusedBefore()
                + " refused before, " + f.failedAfter() + " 502 after storing, " + f.cutAfter() + " cut after storing)");
        row(out, "HTTP attempts", f.attempts());
        row(out, "retries", f.retries());
        row(out, "connection errors seen by clients (cuts, the killed node)", f.connectionErrors());
        row(out, "5xx from a node itself, retried", f.nodeServerErrors());
        row(out, "429 answers, retried", f.rateLimited());
        row(out, "attempts failed over to the other node", f.failovers());
        row(out, "writes in flight on the killed node", f.killInterrupted() + " (" + f.killStoredWhole()
                + " stored whole, " + f.killStoredNone() + " not at all, none in part)");
        row(out, "killed node's sessions ended by PostgreSQL after", f.killSessionsGoneMillis() + " ms");
        row(out, "unique entries (expected)", f.uniqueEntries());
        row(out, "stored entries", f.storedEntries());
        row(out, "writes that failed after retries", 0);
        row(out, "time of the writes (incl. the kill and its checks)", String.format(Locale.ROOT, "%.1f s",
                f.writeMillis() / 1000.0));
        row(out, "time of the whole test (3 node starts incl.)", String.format(Locale.ROOT, "%.1f s",
                f.testMillis() / 1000.0));
        out.append("\nThe test fails unless the stored count equals the unique count, the stored external ids are ")
                .append("exactly the unique ones, no dedup key is stored twice, no duplicate stored anything, no node ")
                .append("answered 500, every write succeeded after retries, each write cut short by the kill was ")
                .append("stored whole or not at all, and both nodes read each timeline in the same order at page ")
                .append("sizes 37, 50 and 64, newest-first being oldest-first reversed.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Object value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
}
