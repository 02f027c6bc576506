package io.hindsight.timeline.rest;

import io.hindsight.platform.rest.IsoInstantModule;
import io.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes timeline entries as CSV (RFC 4180: CRLF line ends; a cell with a comma, quote or line break is quoted,
 * quotes doubled) that is safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or a
 * carriage return is prefixed with an apostrophe, so it is shown as text and never run as a formula.
 */
final class TimelineCsv {

    static final List<String> HEADER = List.of("id", "occurredAt", "recordedAt", "kind", "source", "actor", "summary",
            "details", "evidenceLink", "externalId", "backdated", "hiddenBy", "hiddenAt", "hiddenReason");

    private final Writer out;

    TimelineCsv(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        row(HEADER);
    }

    void entry(TimelineEvent event) throws IOException {
        TimelineEvent.Hidden hidden = event.hidden();
        row(List.of(String.valueOf(event.id()), instant(event.occurredAt()), instant(event.recordedAt()),
                event.kind().code(), event.source().code(), text(event.actorKey()), event.summary(),
                text(event.details()), text(event.evidenceLink()), text(event.externalId()),
                String.valueOf(event.isBackdated()), hidden == null ? "" : hidden.byUserKey(),
                hidden == null ? "" : instant(hidden.at()), hidden == null ? "" : hidden.reason()));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, neutralised against formula injection, then quoted if RFC 4180 requires it. */
    static String cell(String value) {
        String safe = value;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            safe = "'" + value;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String instant(Instant instant) {
        return IsoInstantModule.format(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
