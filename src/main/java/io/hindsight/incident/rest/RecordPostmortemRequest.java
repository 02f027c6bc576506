package io.hindsight.incident.rest;

import io.hindsight.incident.PostmortemStatus;
import io.hindsight.incident.RecordPostmortemCommand;

/** The body of a request to record the post-mortem: its http(s) link, and {@code draft}, {@code in-review} or {@code published}. */
public record RecordPostmortemRequest(String url, String status) {

    public RecordPostmortemCommand toCommand() {
        return new RecordPostmortemCommand(url, status == null ? null : PostmortemStatus.fromCode(status, "status"));
    }
}
