package vn.danvan.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An official's account, or a machine client's (role PORTAL_CLIENT). Audited, except the secrets and
 * the sign-in bookkeeping.
 */
@Audited
@Entity
@Table(name = "user_account")
public class UserAccount extends SyncedEntity {

    @Column(name = "username", nullable = false, updatable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "position")
    public String position;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "phone")
    public String phone;

    @Column(name = "email")
    public String email;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "roles", nullable = false)
    public Set<GrantedRole> roles = EnumSet.noneOf(GrantedRole.class);

    @Column(name = "active", nullable = false)
    public boolean active;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    public Instant passwordChangedAt;

    /** Raised to invalidate every access token issued before (tokens carry the epoch). */
    @NotAudited
    @Column(name = "token_epoch", nullable = false)
    public int tokenEpoch;

    @NotAudited
    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    @NotAudited
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isMachineClient() {
        return roles.contains(GrantedRole.PORTAL_CLIENT);
    }

    public boolean canSignIn(Instant now) {
        return active && deletedAt == null && !isLocked(now);
    }
}
