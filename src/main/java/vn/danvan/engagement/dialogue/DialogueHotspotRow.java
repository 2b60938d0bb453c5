package vn.danvan.engagement.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.danvan.api.model.ReceptionDomain;

import java.util.UUID;

/** A hot spot a session is about: a commune and a domain, as the hot spot list names them. */
@Embeddable
public class DialogueHotspotRow {

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false)
    public ReceptionDomain domain;
}
