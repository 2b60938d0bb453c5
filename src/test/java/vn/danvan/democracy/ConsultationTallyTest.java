package vn.danvan.democracy;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The majority rule of a consultation and the yearly due dates, without the server. */
class ConsultationTallyTest {

    private static ConsultationEntity consultation(int[]... hamlets) {
        ConsultationEntity consultation = new ConsultationEntity();
        consultation.options = List.of("Đồng ý", "Không đồng ý");
        for (int[] h : hamlets) {
            HamletResultEntity result = new HamletResultEntity();
            result.households = h[0];
            result.householdsTakingPart = h[1];
            result.votes = HamletResultEntity.join(List.of(h[2], h[3]));
            consultation.hamletResults.add(result);
        }
        return consultation;
    }

    @Test
    void anOptionIsAdoptedByMoreThanHalfOfAllHouseholdsNotOfThoseTakingPart() {
        // 90 of 100 households took part, 50 voted yes: half of the households is not more than half.
        assertEquals(Optional.empty(), ConsultationTally.of(consultation(new int[] {100, 90, 50, 40})).adoptedOption());
        assertEquals(Optional.of(0), ConsultationTally.of(consultation(new int[] {100, 90, 51, 39})).adoptedOption());
        ConsultationTally two = ConsultationTally.of(consultation(new int[] {320, 251, 210, 41}, new int[] {180, 150, 30, 120}));
        assertEquals(List.of(240L, 161L), two.votes());
        assertEquals(Optional.empty(), two.adoptedOption());
        assertEquals(0.802, two.turnout().orElseThrow(), 0.001);
        assertEquals(Optional.empty(), ConsultationTally.of(consultation()).turnout());
    }

    @Test
    void aYearlyDueDateFallsInTheYearAsked() {
        GrassrootsDutyEntity duty = new GrassrootsDutyEntity();
        duty.annualDueOn = "01-31";
        assertEquals(LocalDate.of(2027, 1, 31), duty.dueIn(2027));
        duty.annualDueOn = "02-29";
        assertEquals(LocalDate.of(2027, 2, 28), duty.dueIn(2027));
        assertEquals(LocalDate.of(2028, 2, 29), duty.dueIn(2028));
    }
}
