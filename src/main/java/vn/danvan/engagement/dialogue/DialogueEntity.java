package vn.danvan.engagement.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.danvan.api.model.DialoguePlaceKind;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Buổi đối thoại trực tiếp với Nhân dân — a dialogue session of a unit's head with the people. */
@Entity
@Table(name = "dialogue")
@Audited
public class DialogueEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "chair_user_id", nullable = false)
    public UUID chairUserId;

    /** The chair's name when the session was planned: the minutes name the person, whatever their account becomes. */
    @Column(name = "chair_name", nullable = false)
    public String chairName;

    @Column(name = "chair_position")
    public String chairPosition;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false)
    public DialoguePlaceKind placeKind;

    @Column(name = "place", nullable = false)
    public String place;

    @Column(name = "place_organization_id")
    public UUID placeOrganizationId;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DialogueStatus status;

    @Column(name = "minutes_attachment_id")
    public UUID minutesAttachmentId;

    @Column(name = "announcement")
    public String announcement;

    @Column(name = "result_summary")
    public String resultSummary;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @ElementCollection
    @NotAudited
    @BatchSize(size = 200)
    @CollectionTable(name = "dialogue_participant", joinColumns = @JoinColumn(name = "dialogue_id"))
    @Column(name = "organization_id")
    public Set<UUID> participantOrganizationIds = new LinkedHashSet<>();

    @ElementCollection
    @NotAudited
    @BatchSize(size = 200)
    @CollectionTable(name = "dialogue_group", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> participantGroups = new ArrayList<>();

    @ElementCollection
    @NotAudited
    @BatchSize(size = 200)
    @CollectionTable(name = "dialogue_invitee", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    public List<DialogueInviteeRow> invitees = new ArrayList<>();

    @ElementCollection
    @NotAudited
    @BatchSize(size = 200)
    @CollectionTable(name = "dialogue_case", joinColumns = @JoinColumn(name = "dialogue_id"))
    @Column(name = "case_id")
    public Set<UUID> caseIds = new LinkedHashSet<>();

    @ElementCollection
    @NotAudited
    @BatchSize(size = 200)
    @CollectionTable(name = "dialogue_hotspot", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    public List<DialogueHotspotRow> hotspots = new ArrayList<>();
}
