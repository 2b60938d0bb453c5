package vn.danvan.democracy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.GrassrootsCommentChannel;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A comment of the people on a consultation and the commune's answer. The author's name and phone are personal data,
 * stored encrypted by the personal-data key and never searched.
 */
@Entity
@Table(name = "grassroots_comment")
public class GrassrootsCommentEntity extends SyncedEntity {

    @Column(name = "consultation_id", nullable = false, updatable = false)
    public UUID consultationId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public GrassrootsCommentChannel channel;

    @Column(name = "content", nullable = false)
    public String content;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "author_name")
    public byte[] authorName;

    @Column(name = "author_phone")
    public byte[] authorPhone;

    @Column(name = "tracking_code")
    public String trackingCode;

    @Column(name = "answer")
    public String answer;

    @Column(name = "answered_on")
    public LocalDate answeredOn;
}
