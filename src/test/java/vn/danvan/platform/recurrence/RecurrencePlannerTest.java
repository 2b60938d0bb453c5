package vn.danvan.platform.recurrence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.api.model.Recurrence;
import vn.danvan.api.model.RecurrenceFrequency;
import vn.danvan.platform.rules.ReportingCalendar;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.recurrence.RecurrencePlanner.Occurrence;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The occurrences and data windows (Nghị định 09/2019/NĐ-CP) of recurring tasks, without Quarkus. */
class RecurrencePlannerTest {

    /** Nghị định 09/2019/NĐ-CP's cut-off, the 14th, whatever the day. */
    private static final ReportingCalendar CUTOFF_14 = periodEnd -> 14;

    private static Recurrence recurrence(RecurrenceFrequency frequency, Integer month, int day, String from, String until) {
        return new Recurrence().frequency(frequency).dueMonth(month).dueDay(day)
                .fromDate(LocalDate.parse(from)).untilDate(LocalDate.parse(until));
    }

    private static Occurrence occurrence(String label, String start, String end, String due) {
        return new Occurrence(label, LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(due));
    }

    private static FieldViolation refusal(Recurrence recurrence) {
        ApiException e = assertThrows(ApiException.class, () -> RecurrencePlanner.plan(recurrence, CUTOFF_14));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals(1, e.violations().size());
        return e.violations().get(0);
    }

    // ---- yearly ----------------------------------------------------------------------------------------------

    @Test
    void yearlyOn20SeptemberHasOneOccurrencePerYearWithTheWindow15DecemberTo14December() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.YEARLY, 9, 20, "2026-01-01", "2028-12-31"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026", "2025-12-15", "2026-12-14", "2026-09-20"),
                occurrence("2027", "2026-12-15", "2027-12-14", "2027-09-20"),
                occurrence("2028", "2027-12-15", "2028-12-14", "2028-09-20")), plan);
    }

    @Test
    void theRangeIsInclusiveOnTheDueDatesNotOnTheWindows() {
        // From the deadline itself to the next deadline itself: both count.
        assertEquals(List.of("2026", "2027"), labels(RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.YEARLY, 9, 20, "2026-09-20", "2027-09-20"), CUTOFF_14)));
        // One day after the first deadline and one day before the last: neither counts.
        assertEquals(List.of("2027"), labels(RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.YEARLY, 9, 20, "2026-09-21", "2028-09-19"), CUTOFF_14)));
    }

    @Test
    void yearlyOn31DecemberAnd28FebruaryAreAccepted() {
        assertEquals(List.of(occurrence("2026", "2025-12-15", "2026-12-14", "2026-12-31")), RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.YEARLY, 12, 31, "2026-01-01", "2026-12-31"), CUTOFF_14));
        // 2028 is a leap year: the deadline stays on the 28th.
        assertEquals(List.of(occurrence("2028", "2027-12-15", "2028-12-14", "2028-02-28")), RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.YEARLY, 2, 28, "2028-01-01", "2028-12-31"), CUTOFF_14));
    }

    @Test
    void yearlyOn29FebruaryIsRefusedEvenInALeapYear() {
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.YEARLY, 2, 29, "2028-01-01", "2028-12-31"));
        assertEquals("recurrence.dueDay", v.field());
        assertEquals("impossibleDate", v.code());
        assertEquals("task.recurrence-impossible-date", v.messageKey());
        assertArrayEquals(new Object[] {29, 2}, v.args());
    }

    @ParameterizedTest
    @CsvSource({"2, 30", "2, 31", "4, 31", "6, 31", "9, 31", "11, 31"})
    void yearlyOnADayTheMonthDoesNotHaveIsRefused(int month, int day) {
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.YEARLY, month, day, "2026-01-01", "2026-12-31"));
        assertEquals("recurrence.dueDay", v.field());
        assertEquals("impossibleDate", v.code());
        assertArrayEquals(new Object[] {day, month}, v.args());
    }

    @Test
    void yearlyWithoutAMonthIsRefused() {
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.YEARLY, null, 20, "2026-01-01", "2026-12-31"));
        assertEquals("recurrence.dueMonth", v.field());
        assertEquals("required", v.code());
    }

    // ---- half-yearly (deprecated: kept for the clients that still send it) -----------------------------------------------------------------------------------------

    @Test
    void halfYearlyWindowsAre15DecemberTo14JuneAnd15JuneTo14December() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.HALF_YEARLY, null, 20, "2026-01-01", "2027-12-31"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026-H1", "2025-12-15", "2026-06-14", "2026-06-20"),
                occurrence("2026-H2", "2026-06-15", "2026-12-14", "2026-12-20"),
                occurrence("2027-H1", "2026-12-15", "2027-06-14", "2027-06-20"),
                occurrence("2027-H2", "2027-06-15", "2027-12-14", "2027-12-20")), plan);
    }

    @Test
    void halfYearlyWindowsFollowEachOtherWithoutGapOrOverlap() {
        assertContiguous(RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.HALF_YEARLY, null, 15, "2025-01-01", "2030-12-31"), CUTOFF_14));
    }

    // ---- 6-month and yearly (định kỳ 6 tháng, năm) -------------------------------------------------------------

    @Test
    void sixMonthsAndYearGivesThe6MonthReportAndTheYearlyReportOfNghiDinh09() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.SIX_MONTHS_AND_YEAR, null, 20, "2026-03-01", "2027-12-31"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026-6M", "2025-12-15", "2026-06-14", "2026-06-20"),
                occurrence("2026", "2025-12-15", "2026-12-14", "2026-12-20"),
                occurrence("2027-6M", "2026-12-15", "2027-06-14", "2027-06-20"),
                occurrence("2027", "2026-12-15", "2027-12-14", "2027-12-20")), plan);
    }

    @Test
    void sixMonthsAndYearTakesNoMonthAndNoDayAfter28() {
        assertEquals("yearlyOnly", refusal(recurrence(RecurrenceFrequency.SIX_MONTHS_AND_YEAR, 6, 20,
                "2026-01-01", "2026-12-31")).code());
        assertEquals("impossibleDate", refusal(recurrence(RecurrenceFrequency.SIX_MONTHS_AND_YEAR, null, 30,
                "2026-01-01", "2026-12-31")).code());
    }

    @Test
    void theCutoffInForceAtThePeriodsEndDrawsItsWindow() {
        // A province moves its cut-off to the month's end from 2031: the periods ending from then run 1st to last day.
        ReportingCalendar changed = periodEnd -> periodEnd.isBefore(LocalDate.of(2031, 1, 1)) ? 14 : 31;

        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2030-11-01", "2031-02-28"), changed);

        assertEquals(List.of(
                occurrence("2030-11", "2030-10-15", "2030-11-14", "2030-11-20"),
                occurrence("2030-12", "2030-11-15", "2030-12-14", "2030-12-20"),
                occurrence("2031-01", "2031-01-01", "2031-01-31", "2031-01-20"),
                occurrence("2031-02", "2031-02-01", "2031-02-28", "2031-02-20")), plan);
        assertEquals(List.of(occurrence("2031-6M", "2031-01-01", "2031-06-30", "2031-06-20"),
                        occurrence("2031", "2031-01-01", "2031-12-31", "2031-12-20")),
                RecurrencePlanner.plan(recurrence(RecurrenceFrequency.SIX_MONTHS_AND_YEAR, null, 20,
                        "2031-01-01", "2031-12-31"), changed));
    }

    // ---- quarterly -------------------------------------------------------------------------------------------

    @Test
    void quarterlyWindowsRunFromThe15thOfTheMonthBeforeTheQuarterToThe14thOfItsLastMonth() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.QUARTERLY, null, 20, "2026-01-01", "2026-12-31"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026-Q1", "2025-12-15", "2026-03-14", "2026-03-20"),
                occurrence("2026-Q2", "2026-03-15", "2026-06-14", "2026-06-20"),
                occurrence("2026-Q3", "2026-06-15", "2026-09-14", "2026-09-20"),
                occurrence("2026-Q4", "2026-09-15", "2026-12-14", "2026-12-20")), plan);
    }

    @Test
    void quarterlyAcrossAYearBoundaryKeepsTheWindowsContiguous() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.QUARTERLY, null, 25, "2026-10-01", "2027-04-30"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026-Q4", "2026-09-15", "2026-12-14", "2026-12-25"),
                occurrence("2027-Q1", "2026-12-15", "2027-03-14", "2027-03-25")), plan);
        assertContiguous(RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.QUARTERLY, null, 25, "2024-01-01", "2030-12-31"), CUTOFF_14));
    }

    // ---- monthly ---------------------------------------------------------------------------------------------

    @Test
    void monthlyWindowsRunFromThe15thOfThePreviousMonthToThe14th() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 18, "2026-11-01", "2027-02-28"), CUTOFF_14);

        assertEquals(List.of(
                occurrence("2026-11", "2026-10-15", "2026-11-14", "2026-11-18"),
                occurrence("2026-12", "2026-11-15", "2026-12-14", "2026-12-18"),
                occurrence("2027-01", "2026-12-15", "2027-01-14", "2027-01-18"),
                occurrence("2027-02", "2027-01-15", "2027-02-14", "2027-02-18")), plan);
    }

    @Test
    void monthlyOnThe28thWorksInFebruaryOfLeapAndCommonYears() {
        List<Occurrence> leap = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 28, "2028-02-01", "2028-03-31"), CUTOFF_14);
        assertEquals(List.of(
                occurrence("2028-02", "2028-01-15", "2028-02-14", "2028-02-28"),
                // The March window holds 29 February 2028.
                occurrence("2028-03", "2028-02-15", "2028-03-14", "2028-03-28")), leap);
        List<Occurrence> common = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 28, "2027-02-01", "2027-02-28"), CUTOFF_14);
        assertEquals(List.of(occurrence("2027-02", "2027-01-15", "2027-02-14", "2027-02-28")), common);
    }

    @Test
    void monthlyLabelsArePaddedAndWindowsContiguousOverYears() {
        List<Occurrence> plan = RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 1, "2026-01-01", "2026-12-31"), CUTOFF_14);
        assertEquals(12, plan.size());
        assertEquals("2026-01", plan.get(0).periodLabel());
        assertEquals("2026-09", plan.get(8).periodLabel());
        assertEquals("2026-12", plan.get(11).periodLabel());
        assertContiguous(RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 28, "2027-06-01", "2029-05-31"), CUTOFF_14));
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY, 29", "MONTHLY, 31", "QUARTERLY, 30", "HALF_YEARLY, 31"})
    void nonYearlyDueDaysAbove28AreRefused(RecurrenceFrequency frequency, int day) {
        FieldViolation v = refusal(recurrence(frequency, null, day, "2026-01-01", "2026-12-31"));
        assertEquals("recurrence.dueDay", v.field());
        assertEquals("impossibleDate", v.code());
        assertEquals("task.recurrence-day-in-every-month", v.messageKey());
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY", "QUARTERLY", "HALF_YEARLY"})
    void aMonthIsForYearlyOnly(RecurrenceFrequency frequency) {
        FieldViolation v = refusal(recurrence(frequency, 6, 20, "2026-01-01", "2026-12-31"));
        assertEquals("recurrence.dueMonth", v.field());
        assertEquals("yearlyOnly", v.code());
    }

    // ---- range -----------------------------------------------------------------------------------------------

    @Test
    void untilBeforeFromIsRefused() {
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2026-05-01", "2026-04-30"));
        assertEquals("recurrence.untilDate", v.field());
        assertEquals("beforeFrom", v.code());
    }

    @Test
    void aRangeWithoutADeadlineIsRefused() {
        // 21 September to 31 December: the 2026 deadline (20/9) has passed, the 2027 one is outside.
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.YEARLY, 9, 20, "2026-09-21", "2026-12-31"));
        assertEquals("recurrence.untilDate", v.field());
        assertEquals("noOccurrence", v.code());
        // Monthly on the 20th between the 21st and the 19th of the next month.
        assertEquals("noOccurrence",
                refusal(recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2026-03-21", "2026-04-19")).code());
    }

    @Test
    void aSingleDayRangeOnTheDeadlineHasOneOccurrence() {
        assertEquals(List.of(occurrence("2026-04", "2026-03-15", "2026-04-14", "2026-04-20")), RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2026-04-20", "2026-04-20"), CUTOFF_14));
    }

    @Test
    void atMost120OccurrencesArePlanned() {
        // Ten years of months: exactly 120.
        assertEquals(120, RecurrencePlanner.plan(
                recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2026-01-01", "2035-12-31"), CUTOFF_14).size());
        // One more month: refused.
        FieldViolation v = refusal(recurrence(RecurrenceFrequency.MONTHLY, null, 20, "2026-01-01", "2036-01-31"));
        assertEquals("recurrence.untilDate", v.field());
        assertEquals("tooMany", v.code());
        assertArrayEquals(new Object[] {RecurrencePlanner.MAX_OCCURRENCES}, v.args());
        // A yearly recurrence over centuries is refused too, and quickly.
        assertEquals("tooMany",
                refusal(recurrence(RecurrenceFrequency.YEARLY, 1, 1, "2000-01-01", "9999-12-31")).code());
    }

    private static List<String> labels(List<Occurrence> plan) {
        return plan.stream().map(Occurrence::periodLabel).toList();
    }

    /** Each window starts the day after the previous one ends, and each window is non-empty. */
    private static void assertContiguous(List<Occurrence> plan) {
        assertTrue(plan.size() > 1);
        for (int i = 0; i < plan.size(); i++) {
            Occurrence o = plan.get(i);
            assertTrue(o.periodStart().isBefore(o.periodEnd()), o.toString());
            assertEquals(15, o.periodStart().getDayOfMonth(), o.toString());
            assertEquals(14, o.periodEnd().getDayOfMonth(), o.toString());
            if (i > 0) {
                assertEquals(plan.get(i - 1).periodEnd().plusDays(1), o.periodStart(), o.toString());
            }
        }
    }
}
