package vn.danvan.mobilization.settings;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.MobilizationPhase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phases' years (moved from ModelActionTest with Phases). */
class PhasesTest {

    @Test
    void phasesAreReadFromTheirNames() {
        assertEquals(2026, Phases.firstYear(MobilizationPhase.PHASE_2026_2030));
        assertEquals(2030, Phases.lastYear(MobilizationPhase.PHASE_2026_2030));
        assertEquals("2021–2025", Phases.label(MobilizationPhase.PHASE_2021_2025));
        assertTrue(Phases.contains(MobilizationPhase.PHASE_2021_2025, 2021));
        assertTrue(Phases.contains(MobilizationPhase.PHASE_2021_2025, 2025));
        assertFalse(Phases.contains(MobilizationPhase.PHASE_2021_2025, 2026));
        assertFalse(Phases.contains(MobilizationPhase.PHASE_2026_2030, 2025));
    }
}
