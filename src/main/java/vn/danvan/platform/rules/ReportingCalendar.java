package vn.danvan.platform.rules;

import java.time.LocalDate;

/**
 * The reporting rule other features need from the rules kept as data (reception/rules keeps them, with effective
 * dates, and implements this): the cut-off day of periodic reports' data under Nghị định 09/2019/NĐ-CP. Declared here
 * so that tasks read the rule in force without depending on the reception feature.
 */
public interface ReportingCalendar {

    /**
     * The last day of a report's data in the period's last month (14 under Nghị định 09/2019; 31 means the month's
     * last day), as the rule in force on {@code periodEnd} says.
     */
    int dataCutoffDay(LocalDate periodEnd);
}
