package vn.danvan.reception.casefile;

import vn.danvan.api.model.CaseStatus;
import vn.danvan.reception.rules.RuleTimeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quá hạn thụ lý as a query condition: a case still RECEIVED whose day of receipt plus the acceptance limit in force on
 * that day is before today. The limit changes with the rule's rows, so the condition is one range of receipt days per
 * stretch of the rule ({@link RuleTimeline#stretches}): received on a day {@code d} of a stretch with limit {@code L},
 * a case is overdue when {@code d + L < today}, that is {@code d <= today - L - 1}. Plain date ranges keep it portable
 * and let the database use the receipt-date index.
 */
public final class AcceptanceOverdue {

    /** Luật Khiếu nại 2011, Điều 27 — only when the database has no row at all (V30 seeds one). */
    static final int LIMIT_WITHOUT_RULE = 10;

    private AcceptanceOverdue() {
    }

    /**
     * The JPQL condition on the case alias {@code e} (true: overdue for acceptance; false: every other case), its
     * parameters put in {@code params} under names starting with {@code acceptance}.
     */
    public static String condition(String e, RuleTimeline limits, LocalDate today, Map<String, Object> params,
                                   boolean overdue) {
        List<String> ranges = new ArrayList<>();
        int n = 0;
        for (RuleTimeline.Stretch stretch : limits.stretches(LIMIT_WITHOUT_RULE)) {
            LocalDate lastOverdueDay = today.minusDays(stretch.value() + 1L);
            LocalDate upTo = stretch.to() == null || lastOverdueDay.isBefore(stretch.to()) ? lastOverdueDay : stretch.to();
            if (stretch.from() != null && upTo.isBefore(stretch.from())) {
                continue;
            }
            String to = "acceptanceTo" + n;
            params.put(to, upTo);
            if (stretch.from() == null) {
                ranges.add(e + ".receivedOn <= :" + to);
            } else {
                String from = "acceptanceFrom" + n;
                params.put(from, stretch.from());
                ranges.add(e + ".receivedOn between :" + from + " and :" + to);
            }
            n++;
        }
        params.put("acceptanceReceived", CaseStatus.RECEIVED);
        String isOverdue = "(" + e + ".status = :acceptanceReceived and ("
                + (ranges.isEmpty() ? "1 = 0" : String.join(" or ", ranges)) + "))";
        return overdue ? isOverdue : "not " + isOverdue;
    }
}
