package io.hindsight.standalone.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.standalone.backup.BackupFormat;
import io.hindsight.standalone.backup.AoBackup;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.web.RequestUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /admin/backup}: all of Hindsight's data as one {@link BackupFormat} file, streamed as the database
 * reads it, for administrators. Restoring is done offline, into an empty database ({@code ./hindsight import}),
 * because a running host already writes its own rows (job claims, the default policy).
 */
@Path("/admin/backup")
public class BackupResource {

    private final AoBackup backup;

    @Inject
    public BackupResource(AoBackup backup) {
        this.backup = backup;
    }

    /** The backup as a download. Errors: 401 when not signed in; 403 for anyone but an administrator. */
    @GET
    @AdminOnly
    @Produces(BackupFormat.MEDIA_TYPE)
    public Response export() {
        // Checked here as well as by the annotation, so the file never depends on one filter being registered.
        if (!RequestUser.current().map(LocalUser::admin).orElse(false)) {
            throw new ForbiddenException("Only administrators may download a backup.");
        }
        StreamingOutput body = output -> {
            BufferedOutputStream buffered = new BufferedOutputStream(output, 1 << 16);
            backup.export(buffered);
            buffered.flush();
        };
        String file = "hindsight-backup-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
                .replace(":", "") + ".jsonl";
        return Response.ok(body, BackupFormat.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
