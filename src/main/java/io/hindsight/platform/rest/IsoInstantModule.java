package io.hindsight.platform.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Jackson module for {@link Instant}: written as ISO-8601 UTC with exactly three fraction digits
 * ({@code 2024-05-01T10:15:30.000Z}); read from ISO-8601 strings that carry an offset, nothing else. Dates
 * ({@link LocalDate}) are written as ISO-8601 too.
 *
 * <p>Written by hand rather than taken from jackson-datatype-jsr310: that module prints a variable number of
 * fraction digits and reads bare numbers as epoch seconds (so {@code "occurredAt": 12} would become 1970), and
 * the hosts do not promise to provide it, which would mean bundling it for two small classes.
 */
public final class IsoInstantModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** An instant as the API writes it everywhere, e.g. {@code 2024-05-01T10:15:30.000Z}. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public IsoInstantModule() {
        super("hindsight-iso-instant");
        addSerializer(Instant.class, new Serializer());
        addDeserializer(Instant.class, new Deserializer());
        // Without this, a response holding a date (daily metrics) failed as a 500 instead of being written.
        addSerializer(LocalDate.class, new DateSerializer());
    }

    /** A calendar date, written as ISO-8601 ({@code 2024-05-01}). */
    private static final class DateSerializer extends StdScalarSerializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class Serializer extends StdScalarSerializer<Instant> {

        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(FORMAT.format(value));
        }
    }

    private static final class Deserializer extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText().strip();
            try {
                // An offset is required: a local time without one would be read in the server's zone, silently.
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notIso) {
                throw ctxt.weirdStringException(text, Instant.class, "not an ISO-8601 instant with an offset");
            }
        }
    }
}
