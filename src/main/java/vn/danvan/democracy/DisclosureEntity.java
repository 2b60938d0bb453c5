package vn.danvan.democracy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.GrassrootsDisclosureForm;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** One public disclosure (công khai) of a commune: what, how, and the days it is posted. */
@Entity
@Table(name = "grassroots_disclosure")
@Audited
public class DisclosureEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "duty_code", nullable = false)
    public String dutyCode;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "content", nullable = false)
    public String content;

    @Column(name = "forms", nullable = false)
    public String forms;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "period_year")
    public Integer periodYear;

    /** Started later than the duty allowed after approval: kept, so that the compliance summary need not recompute it. */
    @Column(name = "late", nullable = false)
    public boolean late;

    public java.util.Set<GrassrootsDisclosureForm> formList() {
        return Forms.parse(forms);
    }

    public boolean postedOn(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }
}
