package vn.danvan.platform.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a section counts: the records of {@code unitIds} (an organisation's subtree, with the units merged into it)
 * dated within [from, to], both inclusive. {@code asOf} is the day deadlines are judged on (overdue tasks and cases):
 * the window's end, or today while the window is still running.
 */
public record StatisticsWindow(List<UUID> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {

    public StatisticsWindow {
        unitIds = List.copyOf(unitIds);
    }
}
