package vn.danvan.democracy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.GrassrootsVotingMethod;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One hamlet's meeting or ballot on a consultation; owned by it (no version of its own). */
@Entity
@Table(name = "grassroots_hamlet_result")
@Audited
public class HamletResultEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    /** The consultation it belongs to (its history finds the hamlets' results by it). */
    @Column(name = "consultation_id", nullable = false, updatable = false)
    public UUID consultationId;

    /** Its place among the consultation's results, from 0 in the order recorded. */
    @Column(name = "position", nullable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    public int position;

    @Column(name = "hamlet", nullable = false)
    public String hamlet;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    public GrassrootsVotingMethod method;

    @Column(name = "households", nullable = false)
    public int households;

    @Column(name = "households_taking_part", nullable = false)
    public int householdsTakingPart;

    /** Votes per option, in the options' order, as a comma list ("" without options). */
    @Column(name = "votes", nullable = false)
    public String votes;

    public List<Integer> voteList() {
        return votes.isEmpty() ? List.of() : Arrays.stream(votes.split(",")).map(Integer::valueOf).toList();
    }

    static String join(List<Integer> votes) {
        return votes == null ? "" : votes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
