package vn.danvan.engagement.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.danvan.api.model.DialogueInviteeKind;
import vn.danvan.platform.crypto.EncryptedText;

/** A citizen or group invited to a session; the phone is personal data, kept only encrypted (as a reception's). */
@Embeddable
public class DialogueInviteeRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public DialogueInviteeKind kind;

    @Column(name = "name", nullable = false)
    public String name;

    @Convert(converter = EncryptedText.class)
    @Column(name = "phone_enc")
    public String phone;

    @Column(name = "headcount")
    public Integer headcount;
}
