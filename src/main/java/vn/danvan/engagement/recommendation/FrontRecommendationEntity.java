package vn.danvan.engagement.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.danvan.api.model.RecommendationKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Văn bản kiến nghị — a recommendation document of a Fatherland Front committee or a socio-political organisation,
 * after a supervision, a social critique or a contribution. Its items are {@link RecommendationItemEntity} rows.
 */
@Entity
@Table(name = "front_recommendation")
@Audited
public class FrontRecommendationEntity extends SyncedEntity {

    @Column(name = "issuing_organization_id", nullable = false, updatable = false)
    public UUID issuingOrganizationId;

    /** The unit the Front stands beside (its parent in the tree): the level its items may go to, and who replies. */
    @Column(name = "level_organization_id", nullable = false, updatable = false)
    public UUID levelOrganizationId;

    @Column(name = "number_symbol", nullable = false)
    public String numberSymbol;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public RecommendationKind kind;

    @Column(name = "subject", nullable = false)
    public String subject;

    /** Raised with every answer, so that an answer changes the document's version (its ETag); the items' history says it. */
    @Column(name = "answered_count", nullable = false)
    @NotAudited
    public int answeredCount;

    @Column(name = "item_count", nullable = false)
    @NotAudited
    public int itemCount;

    @Column(name = "demo", nullable = false)
    public boolean demo;
}
