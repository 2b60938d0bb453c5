package vn.danvan.reception.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A petition forwarded by the portal: its reference (unique per client), the request's hash and tracking code. */
@Entity
@Table(name = "portal_petition")
public class PortalPetitionEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "portal_reference", nullable = false)
    public String portalReference;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "reception_id", nullable = false)
    public UUID receptionId;

    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
