-- The audit trail of accounts: who created, changed, disabled or deleted an account and what changed.
-- Secrets and sign-in bookkeeping (password hash, token epoch, failed attempts, lock) are not kept.
CREATE TABLE user_account_aud (
    id                  BINARY(16) NOT NULL,
    rev                 BIGINT NOT NULL,
    revtype             TINYINT NULL,
    username            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    full_name           VARCHAR(150) NULL,
    position            VARCHAR(150) NULL,
    organization_id     BINARY(16) NULL,
    phone               VARCHAR(20) NULL,
    email               VARCHAR(254) NULL,
    roles               VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NULL,
    active              BOOLEAN NULL,
    password_changed_at DATETIME(6) NULL,
    demo                BOOLEAN NULL,
    created_at          DATETIME(6) NULL,
    deleted_at          DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_user_account_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_user_account_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Accounts that exist already start with a baseline entry, like organisations in V4.
INSERT INTO audit_revision (revision_at, actor_id, actor_name, client_id)
SELECT UTC_TIMESTAMP(6), 'system', 'system', 'migration-accounts'
FROM DUAL
WHERE EXISTS (SELECT 1 FROM user_account);

INSERT INTO user_account_aud (id, rev, revtype, username, full_name, position, organization_id, phone, email,
                              roles, active, password_changed_at, demo, created_at, deleted_at)
SELECT u.id, r.id, 0, u.username, u.full_name, u.position, u.organization_id, u.phone, u.email,
       u.roles, u.active, u.password_changed_at, u.demo, u.created_at, u.deleted_at
FROM user_account u
JOIN audit_revision r ON r.client_id = 'migration-accounts';
