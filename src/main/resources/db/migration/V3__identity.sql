-- Accounts of officials and machine clients, their refresh tokens, and the sign-in log.

CREATE TABLE user_account (
    id                  BINARY(16) NOT NULL PRIMARY KEY,
    username            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    full_name           VARCHAR(150) NOT NULL,
    position            VARCHAR(150) NULL,
    -- Only system administrators may have no organisation.
    organization_id     BINARY(16) NULL,
    phone               VARCHAR(20) NULL,
    email               VARCHAR(254) NULL,
    -- Comma-separated role names (at most six).
    roles               VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    active              BOOLEAN NOT NULL,
    password_hash       VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    password_changed_at DATETIME(6) NOT NULL,
    -- Access tokens carry the epoch they were issued in; raising it (password change, disabling,
    -- deletion, new roles or organisation) makes every earlier token invalid at once.
    token_epoch         INT NOT NULL DEFAULT 0,
    failed_sign_ins     INT NOT NULL DEFAULT 0,
    locked_until        DATETIME(6) NULL,
    demo                BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT NOT NULL,
    change_seq          BIGINT NOT NULL,
    deleted_at          DATETIME(6) NULL,
    -- Usernames stay unique among live accounts; a deleted account's name may be reused.
    live_username       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (CASE WHEN deleted_at IS NULL THEN username END) STORED,
    CONSTRAINT uk_user_account_live_username UNIQUE (live_username),
    CONSTRAINT fk_user_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_user_account_username (username),
    INDEX ix_user_account_organization (organization_id),
    INDEX ix_user_account_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Refresh tokens are stored as SHA-256 hashes. A family is every token descended from one sign-in;
-- presenting a spent token revokes the family.
CREATE TABLE refresh_token (
    id          BINARY(16) NOT NULL PRIMARY KEY,
    family_id   BINARY(16) NOT NULL,
    user_id     BINARY(16) NOT NULL,
    token_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    client_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    issued_at   DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    spent_at    DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_refresh_token_family (family_id),
    INDEX ix_refresh_token_user (user_id),
    INDEX ix_refresh_token_expires (expires_at)
) ENGINE = InnoDB;

CREATE TABLE auth_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    event       VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    username    VARCHAR(64) NULL,
    user_id     BINARY(16) NULL,
    client_id   VARCHAR(64) NULL,
    source_ip   VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    user_agent  VARCHAR(300) NULL,
    INDEX ix_auth_event_user (user_id, occurred_at),
    INDEX ix_auth_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
