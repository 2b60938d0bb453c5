package vn.danvan.democracy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.GrassrootsDisclosureForm;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;

/**
 * One duty of the Law on Grassroots Democracy (what a commune discloses, puts to the people, opens to their
 * supervision), with its forms and periods, in force between two dates: a change of law is a new row of the code.
 */
@Entity
@Table(name = "grassroots_duty")
public class GrassrootsDutyEntity extends SyncedEntity {

    @Column(name = "code", nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public GrassrootsDutyKind kind;

    @Column(name = "title", nullable = false)
    public String title;

    /** The allowed forms as a comma list of {@link GrassrootsDisclosureForm} names. */
    @Column(name = "forms", nullable = false)
    public String forms;

    @Column(name = "disclose_within_days")
    public Integer discloseWithinDays;

    @Column(name = "min_posting_days")
    public Integer minPostingDays;

    /** MM-DD of the yearly due date, for duties that recur every year. */
    @Column(name = "annual_due_on")
    public String annualDueOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public java.util.Set<GrassrootsDisclosureForm> formList() {
        return Forms.parse(forms);
    }

    /** The yearly due date in {@code year}, when the duty recurs (29 February becomes the 28th in other years). */
    public LocalDate dueIn(int year) {
        int month = Integer.parseInt(annualDueOn.substring(0, 2));
        int day = Integer.parseInt(annualDueOn.substring(3, 5));
        java.time.YearMonth yearMonth = java.time.YearMonth.of(year, month);
        return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
    }
}
