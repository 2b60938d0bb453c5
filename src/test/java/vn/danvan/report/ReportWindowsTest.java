package vn.danvan.report;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.ReportPeriod;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportWindowsTest {

    private static void assertWindow(ReportPeriod period, int year, Integer number, String from, String to) {
        assertEquals(new ReportWindows.Window(LocalDate.parse(from), LocalDate.parse(to)),
                ReportWindows.window(period, year, number, 14));
    }

    @Test
    void windowsFollowDecree09WithTheCutOffOnThe14th() {
        assertWindow(ReportPeriod.YEARLY, 2026, null, "2025-12-15", "2026-12-14");
        assertWindow(ReportPeriod.SIX_MONTHS, 2026, null, "2025-12-15", "2026-06-14");
        assertWindow(ReportPeriod.NINE_MONTHS, 2026, null, "2025-12-15", "2026-09-14");
        assertWindow(ReportPeriod.QUARTERLY, 2026, 1, "2025-12-15", "2026-03-14");
        assertWindow(ReportPeriod.QUARTERLY, 2026, 3, "2026-06-15", "2026-09-14");
        assertWindow(ReportPeriod.MONTHLY, 2026, 1, "2025-12-15", "2026-01-14");
        assertWindow(ReportPeriod.MONTHLY, 2026, 3, "2026-02-15", "2026-03-14");
    }

    @Test
    void aCutOffAtTheMonthsEndGivesCalendarPeriods() {
        assertEquals(new ReportWindows.Window(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
                ReportWindows.window(ReportPeriod.YEARLY, 2026, null, 31));
        assertEquals(new ReportWindows.Window(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")),
                ReportWindows.window(ReportPeriod.MONTHLY, 2026, 2, 31));
    }
}
