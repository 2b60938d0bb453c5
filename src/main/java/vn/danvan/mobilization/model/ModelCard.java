package vn.danvan.mobilization.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * The columns of a model that lists show, read-only: lists load these instead of whole models (whose long
 * texts they never show), which halves the cost of a page of the showcase (docs/performance.md). Written
 * only through {@link MobilizationModelEntity}.
 */
@Entity
@Immutable
@Table(name = "mobilization_model")
public class ModelCard {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public MobilizationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "field")
    public MobilizationField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    public MobilizationLevel level;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "province_id")
    public UUID provinceId;

    @Column(name = "place_name")
    public String placeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase")
    public MobilizationPhase phase;

    @Column(name = "registration_year")
    public int registrationYear;

    @Column(name = "title")
    public String title;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "replication_of_id")
    public UUID replicationOfId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public MobilizationStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "version")
    public long version;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
