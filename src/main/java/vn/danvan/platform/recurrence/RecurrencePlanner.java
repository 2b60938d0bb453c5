package vn.danvan.platform.recurrence;

import vn.danvan.api.model.Recurrence;
import vn.danvan.api.model.RecurrenceFrequency;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.rules.ReportingCalendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The occurrences of a recurring task: one per report whose deadline falls between the recurrence's dates, each with
 * the data window of Nghị định 09/2019/NĐ-CP: from the day after the cut-off day of the month before the period to the
 * cut-off day of its last month (with today's cut-off, the 14th: monthly 15th of the previous month to the 14th;
 * quarterly from the 15th of the month before the quarter to the 14th of its last month; 6-month 15/12–14/6; yearly
 * 15/12–14/12). The cut-off day is the rule in force at the end of the period ({@link ReportingCalendar}).
 * "Định kỳ 6 tháng, năm" is a 6-month report and a yearly report; the deprecated HALF_YEARLY keeps its second
 * half-year (15/6–14/12), which Nghị định 09 does not define, for the clients that still send it.
 * <p>
 * In the platform because two features repeat on this calendar: recurring tasks (task) and recurring report requests
 * (report), and neither may depend on the other. Its refusals name the fields of the contract's {@code Recurrence}
 * schema, which both use ({@code recurrence.*}); the message keys keep the names they had under task.
 */
public final class RecurrencePlanner {

    public static final int MAX_OCCURRENCES = 120;

    public record Occurrence(String periodLabel, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    }

    private RecurrencePlanner() {
    }

    public static List<Occurrence> plan(Recurrence recurrence, ReportingCalendar calendar) {
        RecurrenceFrequency frequency = recurrence.getFrequency();
        int day = recurrence.getDueDay();
        Integer month = recurrence.getDueMonth();
        LocalDate from = recurrence.getFromDate();
        LocalDate until = recurrence.getUntilDate();
        if (until.isBefore(from)) {
            throw invalid("recurrence.untilDate", "beforeFrom", "task.recurrence-until-before-from");
        }
        if (frequency == RecurrenceFrequency.YEARLY) {
            if (month == null) {
                throw invalid("recurrence.dueMonth", "required", "task.recurrence-month-required");
            }
            try {
                MonthDay.of(month, day);
            } catch (DateTimeException impossible) {
                throw invalid("recurrence.dueDay", "impossibleDate", "task.recurrence-impossible-date", day, month);
            }
            if (month == 2 && day == 29) {
                throw invalid("recurrence.dueDay", "impossibleDate", "task.recurrence-impossible-date", day, month);
            }
        } else {
            if (month != null) {
                throw invalid("recurrence.dueMonth", "yearlyOnly", "task.recurrence-month-yearly-only");
            }
            if (day > 28) {
                throw invalid("recurrence.dueDay", "impossibleDate", "task.recurrence-day-in-every-month", day);
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            for (Occurrence o : periodsOf(frequency, year, month, day, calendar)) {
                if (!o.dueDate().isBefore(from) && !o.dueDate().isAfter(until)) {
                    occurrences.add(o);
                }
            }
            if (occurrences.size() > MAX_OCCURRENCES) {
                throw invalid("recurrence.untilDate", "tooMany", "task.recurrence-too-many", MAX_OCCURRENCES);
            }
        }
        if (occurrences.isEmpty()) {
            throw invalid("recurrence.untilDate", "noOccurrence", "task.recurrence-empty");
        }
        return occurrences;
    }

    private static List<Occurrence> periodsOf(RecurrenceFrequency frequency, int year, Integer month, int day,
                                              ReportingCalendar calendar) {
        List<Occurrence> periods = new ArrayList<>();
        switch (frequency) {
            case YEARLY -> periods.add(period(String.valueOf(year), YearMonth.of(year, 1), YearMonth.of(year, 12),
                    LocalDate.of(year, month, day), calendar));
            case SIX_MONTHS_AND_YEAR -> {
                periods.add(period(year + "-6M", YearMonth.of(year, 1), YearMonth.of(year, 6),
                        LocalDate.of(year, 6, day), calendar));
                periods.add(period(String.valueOf(year), YearMonth.of(year, 1), YearMonth.of(year, 12),
                        LocalDate.of(year, 12, day), calendar));
            }
            case HALF_YEARLY -> {
                periods.add(period(year + "-H1", YearMonth.of(year, 1), YearMonth.of(year, 6),
                        LocalDate.of(year, 6, day), calendar));
                periods.add(period(year + "-H2", YearMonth.of(year, 7), YearMonth.of(year, 12),
                        LocalDate.of(year, 12, day), calendar));
            }
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    YearMonth last = YearMonth.of(year, quarter * 3);
                    periods.add(period(year + "-Q" + quarter, last.minusMonths(2), last, last.atDay(day), calendar));
                }
            }
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    YearMonth current = YearMonth.of(year, m);
                    periods.add(period(String.format("%d-%02d", year, m), current, current, current.atDay(day), calendar));
                }
            }
        }
        return periods;
    }

    /**
     * The report of the months {@code first} to {@code last}: its data run from the day after the cut-off of the month
     * before {@code first} to the cut-off of {@code last}, both by the rule in force at the end of the period.
     */
    static Occurrence period(String label, YearMonth first, YearMonth last, LocalDate due, ReportingCalendar calendar) {
        int cutoff = calendar.dataCutoffDay(last.atEndOfMonth());
        return new Occurrence(label, cutoffOf(first.minusMonths(1), cutoff).plusDays(1), cutoffOf(last, cutoff), due);
    }

    /** The cut-off day in that month; a day past its end (31 in April) is its last day. */
    private static LocalDate cutoffOf(YearMonth month, int cutoff) {
        return month.atDay(Math.min(cutoff, month.lengthOfMonth()));
    }

    private static ApiException invalid(String field, String code, String key, Object... args) {
        return ApiException.invalid(FieldViolation.of(field, code, key, args));
    }
}
