package vn.danvan.task;

import vn.danvan.api.model.Recurrence;
import vn.danvan.api.model.RecurrenceFrequency;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The occurrences of a recurring task: one per reporting period whose deadline falls between the
 * recurrence's dates, each with the data window of Nghị định 09/2019/NĐ-CP (monthly 15th of the
 * previous month to the 14th; quarterly from the 15th of the month before the quarter to the 14th of
 * its last month; half-yearly 15/12–14/6 and 15/6–14/12; yearly 15/12 to 14/12).
 */
final class RecurrencePlanner {

    static final int MAX_OCCURRENCES = 120;

    record Occurrence(String periodLabel, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    }

    private RecurrencePlanner() {
    }

    static List<Occurrence> plan(Recurrence recurrence) {
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
            for (Occurrence o : periodsOf(frequency, year, month, day)) {
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

    private static List<Occurrence> periodsOf(RecurrenceFrequency frequency, int year, Integer month, int day) {
        List<Occurrence> periods = new ArrayList<>();
        switch (frequency) {
            case YEARLY -> periods.add(new Occurrence(String.valueOf(year), LocalDate.of(year - 1, 12, 15),
                    LocalDate.of(year, 12, 14), LocalDate.of(year, month, day)));
            case HALF_YEARLY -> {
                periods.add(new Occurrence(year + "-H1", LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14),
                        LocalDate.of(year, 6, day)));
                periods.add(new Occurrence(year + "-H2", LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14),
                        LocalDate.of(year, 12, day)));
            }
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    YearMonth last = YearMonth.of(year, quarter * 3);
                    YearMonth before = last.minusMonths(3);
                    periods.add(new Occurrence(year + "-Q" + quarter, before.atDay(15), last.atDay(14), last.atDay(day)));
                }
            }
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    YearMonth current = YearMonth.of(year, m);
                    periods.add(new Occurrence(String.format("%d-%02d", year, m), current.minusMonths(1).atDay(15),
                            current.atDay(14), current.atDay(day)));
                }
            }
        }
        return periods;
    }

    private static ApiException invalid(String field, String code, String key, Object... args) {
        return ApiException.invalid(FieldViolation.of(field, code, key, args));
    }
}
