package vn.danvan.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates and instants exactly as RFC 3339 writes them, years 0001 to 9999: {@code 2026-12-07} for a date,
 * {@code 2026-12-07T09:30:00+07:00} for an instant. The standard readers also take a date-time where a date is due (and
 * drop its time), year 0000 and negative years; those are refused here, for request bodies and parameters alike.
 */
public final class StrictDates {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private StrictDates() {
    }

    /** @throws DateTimeParseException for anything but a calendar date of years 0001–9999 */
    public static LocalDate parseDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            throw new DateTimeParseException("Not a date (YYYY-MM-DD)", String.valueOf(text), 0);
        }
        LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        if (date.getYear() < 1) {
            throw new DateTimeParseException("Year 0000", text, 0);
        }
        return date;
    }

    /** @throws DateTimeParseException for anything but an RFC 3339 date-time with an offset, years 0001–9999 */
    public static OffsetDateTime parseDateTime(String text) {
        if (text == null || !DATE_TIME.matcher(text).matches()) {
            throw new DateTimeParseException("Not an RFC 3339 date-time", String.valueOf(text), 0);
        }
        OffsetDateTime instant = OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (instant.getYear() < 1) {
            throw new DateTimeParseException("Year 0000", text, 0);
        }
        return instant;
    }

    static final class LocalDates extends StdScalarDeserializer<LocalDate> {
        LocalDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return read(parser, context, LocalDate.class, StrictDates::parseDate);
        }
    }

    static final class OffsetDateTimes extends StdScalarDeserializer<OffsetDateTime> {
        OffsetDateTimes() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return read(parser, context, OffsetDateTime.class, StrictDates::parseDateTime);
        }
    }

    private static <T> T read(JsonParser parser, DeserializationContext context, Class<T> type,
                              java.util.function.Function<String, T> parse) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(context.handleUnexpectedToken(type, parser));
        }
        String text = parser.getText();
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(parser, e.getMessage(), text, type);
        }
    }
}
