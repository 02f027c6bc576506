package io.hindsight.timeline.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.rest.IsoInstantModule;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineExport;
import io.hindsight.timeline.TimelineService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A whole timeline as a file, {@code GET /incidents/{key}/timeline/export?format=csv|json}: streamed while it is
 * read from the store a page at a time, so that an incident of any length exports in constant memory.
 */
@Path("/incidents/{key}/timeline/export")
public class TimelineExportResource {

    static final String CSV = "text/csv";

    /** The API's own Jackson configuration (ISO instants), as every JSON response of the API gets it. */
    private static final ObjectMapper MAPPER = new ObjectMapperResolver().getContext(ObjectMapper.class);
    // One flush at the end, not one per entry: the container sends full buffers on its own.
    private static final ObjectWriter ENTRY = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final TimelineService timeline;

    @Inject
    public TimelineExportResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    /**
     * The timeline, oldest first, as a download: {@code format} is {@code json} (default) or {@code csv};
     * {@code includeHidden=true} adds hidden entries (with who hid them, when and why). Errors: 400 on a bad
     * parameter; 404 when the incident does not exist or the caller may not see it. The permission is checked
     * before the first byte is sent; a failure after that cuts the download short.
     */
    @GET
    @AnonymousSiteAccess
    @Produces({"application/json", CSV})
    public Response export(@PathParam("key") String key, @QueryParam("format") String format,
            @QueryParam("includeHidden") String includeHidden) {
        boolean csv = isCsv(format);
        TimelineExport export = timeline.export(key, RestInput.booleanParam("includeHidden", includeHidden, false));
        String file = export.incident().key() + "-timeline." + (csv ? "csv" : "json");
        StreamingOutput body = csv ? output -> writeCsv(export, output) : output -> writeJson(export, output);
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : "application/json; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static boolean isCsv(String format) {
        if (format == null || format.isBlank() || format.strip().equals("json")) {
            return false;
        }
        if (format.strip().equals("csv")) {
            return true;
        }
        throw new InvalidInputException("format", "The format is json or csv.");
    }

    private static void writeCsv(TimelineExport export, OutputStream output) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        TimelineCsv csv = new TimelineCsv(writer);
        csv.header();
        for (TimelineEvent event : export.events()) {
            csv.entry(event);
        }
        writer.flush();
    }

    private static void writeJson(TimelineExport export, OutputStream output) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(output)) {
            json.writeStartObject();
            json.writeStringField("incident", export.incident().key());
            json.writeStringField("exportedAt", IsoInstantModule.format(Instant.now()));
            json.writeArrayFieldStart("events");
            for (TimelineEvent event : export.events()) {
                ENTRY.writeValue(json, TimelineEventDto.from(event));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
