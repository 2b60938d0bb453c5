-- Platform tables and the organisation tree.
-- Text columns use utf8mb4_unicode_520_ci: it ignores case and Vietnamese diacritics, đ included
-- ("da nang" = "Đà Nẵng"), on MariaDB 10.11+ and MySQL 8 alike.

-- One row per sync stream. Writers take the next value with
-- UPDATE ... SET value = LAST_INSERT_ID(value + 1); the row lock is held until commit, so values
-- become visible in commit order on every instance: a client that synced up to N never misses a
-- change with a number below N.
CREATE TABLE change_sequence (
    stream VARCHAR(50) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    value  BIGINT NOT NULL
) ENGINE = InnoDB;

INSERT INTO change_sequence (stream, value) VALUES ('global', 0);

-- Responses of POST requests sent with an Idempotency-Key, kept for a day.
CREATE TABLE idempotency_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    caller         VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    idem_key       VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status         INT NOT NULL,
    response_body  MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    content_type   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NULL,
    location       VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    etag           VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_idempotency_caller_key UNIQUE (caller, idem_key),
    INDEX ix_idempotency_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE organization (
    id                BINARY(16) NOT NULL PRIMARY KEY,
    -- utf8mb4 (binary): it is searched with LIKE together with Vietnamese text, which ascii cannot mix with.
    official_code     VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    name              VARCHAR(255) NOT NULL,
    short_name        VARCHAR(100) NULL,
    type              VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    level             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    parent_id         BINARY(16) NULL,
    -- Materialised path of ancestor ids (hex, '/'-separated, ending with this id): subtree = prefix match.
    tree_path         VARCHAR(1200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    address           VARCHAR(500) NULL,
    phone             VARCHAR(20) NULL,
    email             VARCHAR(254) NULL,
    lead_name         VARCHAR(150) NULL,
    lead_position     VARCHAR(150) NULL,
    lead_phone        VARCHAR(20) NULL,
    valid_from        DATE NULL,
    valid_to          DATE NULL,
    successor_id      BINARY(16) NULL,
    dissolution_note  VARCHAR(1000) NULL,
    demo              BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    version           BIGINT NOT NULL,
    change_seq        BIGINT NOT NULL,
    deleted_at        DATETIME(6) NULL,
    -- The official code is unique among units that are neither deleted nor dissolved.
    active_code       VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (CASE WHEN deleted_at IS NULL AND valid_to IS NULL THEN official_code END) STORED,
    CONSTRAINT uk_organization_active_code UNIQUE (active_code),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id),
    CONSTRAINT fk_organization_successor FOREIGN KEY (successor_id) REFERENCES organization (id),
    INDEX ix_organization_parent_name (parent_id, name),
    INDEX ix_organization_tree_path (tree_path),
    INDEX ix_organization_name (name),
    INDEX ix_organization_code (official_code),
    INDEX ix_organization_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
