package vn.danvan.platform.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Dates as YYYY-MM-DD and instants as RFC 3339 with an offset, years 0001–9999, nothing else. */
class StrictDatesTest {

    // ---- dates -----------------------------------------------------------------------------------------------

    @Test
    void aCalendarDateIsRead() {
        assertEquals(LocalDate.of(2026, 12, 7), StrictDates.parseDate("2026-12-07"));
        assertEquals(LocalDate.of(2028, 2, 29), StrictDates.parseDate("2028-02-29"));
        assertEquals(LocalDate.of(1, 1, 1), StrictDates.parseDate("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), StrictDates.parseDate("9999-12-31"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0000-01-01",                  // year 0000
            "-0001-01-01", "+2026-12-07",  // signed years
            "10000-01-01", "+10000-01-01", // five-digit years
            "2026-12-07T09:30:00",         // a date-time where a date is due
            "2026-12-07T09:30:00+07:00",
            "2026-12-07Z", "2026-12-07+07:00",
            "2026-2-7", "26-12-07", "2026/12/07", "07/12/2026", "20261207",
            " 2026-12-07", "2026-12-07 ",
            "2027-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-12-00", "2026-12-32",
            "２０２６-１２-０７",            // full-width digits
    })
    void anythingElseIsRefused(String text) {
        assertThrows(DateTimeParseException.class, () -> StrictDates.parseDate(text));
    }

    // ---- date-times ------------------------------------------------------------------------------------------

    @Test
    void anRfc3339DateTimeWithAnOffsetIsRead() {
        assertEquals(OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.ofHours(7)),
                StrictDates.parseDateTime("2026-12-07T09:30:00+07:00"));
        assertEquals(OffsetDateTime.of(2026, 12, 7, 2, 30, 0, 0, ZoneOffset.UTC),
                StrictDates.parseDateTime("2026-12-07T02:30:00Z"));
        assertEquals(OffsetDateTime.of(2026, 12, 7, 2, 30, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30)),
                StrictDates.parseDateTime("2026-12-07T02:30:00-03:30"));
    }

    @Test
    void lowerCaseTAndZAndFractionsUpToNanosecondsAreRead() {
        assertEquals(OffsetDateTime.of(2026, 12, 7, 2, 30, 0, 0, ZoneOffset.UTC),
                StrictDates.parseDateTime("2026-12-07t02:30:00z"));
        assertEquals(123_000_000, StrictDates.parseDateTime("2026-12-07T02:30:00.123Z").getNano());
        assertEquals(123_456, StrictDates.parseDateTime("2026-12-07T02:30:00.000123456+07:00").getNano());
        assertEquals(500_000_000, StrictDates.parseDateTime("2026-12-07T02:30:00.5+07:00").getNano());
    }

    @Test
    void theExtremeYearsAreRead() {
        assertEquals(1, StrictDates.parseDateTime("0001-01-01T00:00:00Z").getYear());
        assertEquals(9999, StrictDates.parseDateTime("9999-12-31T23:59:59.999999999+14:00").getYear());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "2026-12-07",                          // a date
            "2026-12-07T09:30:00",                 // no offset
            "2026-12-07T09:30+07:00",              // no seconds
            "2026-12-07 09:30:00+07:00",           // space instead of T
            "2026-12-07T09:30:00+0700", "2026-12-07T09:30:00+07",  // offset forms of ISO 8601, not of RFC 3339
            "2026-12-07T09:30:00.+07:00",          // empty fraction
            "2026-12-07T09:30:00.1234567890Z",     // ten fraction digits
            "2026-12-07T09:30:00+07:00[Asia/Ho_Chi_Minh]",
            "0000-12-07T09:30:00Z",                // year 0000
            "+2026-12-07T09:30:00Z", "-2026-12-07T09:30:00Z", "12026-12-07T09:30:00Z",
            "2026-12-07T24:00:00Z", "2026-12-07T23:60:00Z", "2026-12-07T23:59:60Z",
            "2027-02-29T00:00:00Z", "2026-13-07T00:00:00Z",
            "2026-12-07T09:30:00+19:00",           // offset beyond ±18:00
            "2026-12-07T09:30:00+07:60",
    })
    void anythingElseIsRefusedAsADateTime(String text) {
        assertThrows(DateTimeParseException.class, () -> StrictDates.parseDateTime(text));
    }

    // ---- the Jackson readers ---------------------------------------------------------------------------------

    record Body(LocalDate day, OffsetDateTime at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule()
                    .addDeserializer(LocalDate.class, new StrictDates.LocalDates())
                    .addDeserializer(OffsetDateTime.class, new StrictDates.OffsetDateTimes()));

    @Test
    void theJsonReadersUseTheStrictForms() throws Exception {
        Body body = JSON.readValue("{\"day\":\"2026-12-07\",\"at\":\"2026-12-07T09:30:00+07:00\"}", Body.class);
        assertEquals(LocalDate.of(2026, 12, 7), body.day());
        assertEquals(OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.ofHours(7)), body.at());
    }

    @Test
    void aBadDateInJsonIsAnInvalidFormatNamingTheValue() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> JSON.readValue("{\"day\":\"2026-12-07T09:30:00+07:00\"}", Body.class));
        assertEquals("2026-12-07T09:30:00+07:00", e.getValue());
        assertEquals(LocalDate.class, e.getTargetType());
        InvalidFormatException instant = assertThrows(InvalidFormatException.class,
                () -> JSON.readValue("{\"at\":\"2026-12-07T09:30:00\"}", Body.class));
        assertEquals(OffsetDateTime.class, instant.getTargetType());
    }

    @Test
    void aDateWrittenAsANumberOrArrayIsRefused() {
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"day\":20261207}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"day\":[2026,12,7]}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"at\":1796000000}", Body.class));
    }
}
