package vn.danvan.report;

import vn.danvan.api.model.ReportPeriod;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The data windows of periodic reports under Nghị định 09/2019/NĐ-CP: from the day after the cut-off in the month
 * before the period's first month to the cut-off day in its last month. With the cut-off on the 14th: monthly
 * 15/(m-1) – 14/m, quarterly 15/12 – 14/3 for the first quarter, 6-month 15/12 – 14/6, 9-month 15/12 – 14/9,
 * yearly 15/12 – 14/12. The cut-off day is the rule in force (reception/rules keeps it as data); 31 means the month's
 * last day, and then the windows are calendar months.
 */
public final class ReportWindows {

    public record Window(LocalDate from, LocalDate to) {
    }

    private ReportWindows() {
    }

    /** The period's first and last month: {@code number} is the month (MONTHLY) or the quarter (QUARTERLY). */
    static YearMonth[] months(ReportPeriod period, int year, Integer number) {
        return switch (period) {
            case MONTHLY -> new YearMonth[] {YearMonth.of(year, number), YearMonth.of(year, number)};
            case QUARTERLY -> new YearMonth[] {YearMonth.of(year, number * 3 - 2), YearMonth.of(year, number * 3)};
            case SIX_MONTHS -> new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 6)};
            case NINE_MONTHS -> new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 9)};
            case YEARLY -> new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)};
            case AD_HOC -> throw new IllegalArgumentException("an ad hoc period has explicit dates");
        };
    }

    /** The window of a period given the cut-off day ({@code 14} under Nghị định 09/2019). */
    public static Window window(ReportPeriod period, int year, Integer number, int cutoffDay) {
        YearMonth[] months = months(period, year, number);
        YearMonth before = months[0].minusMonths(1);
        LocalDate from = cutoffDay >= before.lengthOfMonth() ? months[0].atDay(1) : before.atDay(cutoffDay + 1);
        LocalDate to = months[1].atDay(Math.min(cutoffDay, months[1].lengthOfMonth()));
        return new Window(from, to);
    }

    /** How a period is named in a title: "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
    public static String periodName(ReportPeriod period, int year, Integer number) {
        return switch (period) {
            case MONTHLY -> "tháng " + number + " năm " + year;
            case QUARTERLY -> "quý " + new String[] {"I", "II", "III", "IV"}[number - 1] + " năm " + year;
            case SIX_MONTHS -> "6 tháng đầu năm " + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEARLY -> "năm " + year;
            case AD_HOC -> throw new IllegalArgumentException("an ad hoc period has no name");
        };
    }
}
