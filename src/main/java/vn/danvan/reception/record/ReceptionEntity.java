package vn.danvan.reception.record;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One entry of the reception book (Sổ tiếp công dân, Mẫu số 03). */
@Entity
@Audited
@Table(name = "reception")
public class ReceptionEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reception_type", nullable = false)
    public ReceptionType receptionType;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public ReceptionChannel channel;

    @Column(name = "schedule_id")
    public UUID scheduleId;

    @Column(name = "head_received", nullable = false)
    public boolean headReceived;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ReceptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false)
    public ReceptionDomain domain;

    @Column(name = "people_count", nullable = false)
    public int peopleCount;

    @Column(name = "lead_citizen_name", nullable = false)
    public String leadCitizenName;

    @Column(name = "content", nullable = false)
    public String content;

    @Column(name = "previously_handled_by")
    public String previouslyHandledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling", nullable = false)
    public ReceptionHandling handling;

    @Column(name = "transferred_to_id")
    public UUID transferredToId;

    @Column(name = "transferred_to_name")
    public String transferredToName;

    @Column(name = "concerned_commune_id")
    public UUID concernedCommuneId;

    @Column(name = "concerned_address")
    public String concernedAddress;

    @Column(name = "flag_mass", nullable = false)
    public boolean flagMass;

    @Column(name = "flag_level_skipping", nullable = false)
    public boolean flagLevelSkipping;

    @Column(name = "flag_repeated", nullable = false)
    public boolean flagRepeated;

    @Column(name = "flag_prolonged", nullable = false)
    public boolean flagProlonged;

    @Column(name = "flag_complex", nullable = false)
    public boolean flagComplex;

    @Column(name = "earlier_reception_id")
    public UUID earlierReceptionId;

    @Column(name = "earlier_match")
    public String earlierMatch;

    @Column(name = "national_case_number")
    public String nationalCaseNumber;

    @Column(name = "follow_up")
    public String followUp;

    @Column(name = "notes")
    public String notes;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    // Written by the citizen's own receptionId (kept in its audit trail), read here.
    @JoinColumn(name = "reception_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("position")
    @BatchSize(size = 200)
    public List<CitizenEntity> citizens = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "reception_official", joinColumns = @JoinColumn(name = "reception_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    @BatchSize(size = 200)
    public List<String> officials = new ArrayList<>();
}
