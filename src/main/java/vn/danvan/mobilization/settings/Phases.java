package vn.danvan.mobilization.settings;

import vn.danvan.api.model.MobilizationPhase;

/** The years of each phase of the movement (giai đoạn), read from the enum value PHASE_yyyy_yyyy. */
public final class Phases {

    private Phases() {
    }

    static int firstYear(MobilizationPhase phase) {
        return Integer.parseInt(phase.name().substring(6, 10));
    }

    static int lastYear(MobilizationPhase phase) {
        return Integer.parseInt(phase.name().substring(11, 15));
    }

    public static boolean contains(MobilizationPhase phase, int year) {
        return year >= firstYear(phase) && year <= lastYear(phase);
    }

    public static String label(MobilizationPhase phase) {
        return firstYear(phase) + "–" + lastYear(phase);
    }
}
