-- The audit trail (Hibernate Envers, see vn.danvan.platform.audit): who changed what, when, through
-- which client and from where. Rows are only ever inserted; nothing here is updated or deleted.
-- (V4: V3 is taken by the identity change on main.)

-- One row per transaction that changed audited records.
CREATE TABLE audit_revision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    revision_at  DATETIME(6) NOT NULL,
    -- utf8mb4_bin: IDs compare exactly, whatever characters the identity layer's subjects use.
    actor_id     VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    actor_name   VARCHAR(255) NOT NULL,
    -- The OAuth client once sign-in exists; until then the User-Agent ('system' for the server itself).
    client_id    VARCHAR(200) NOT NULL,
    user_agent   VARCHAR(500) NULL,
    source_ip    VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    request_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    INDEX ix_audit_revision_at (revision_at),
    INDEX ix_audit_revision_actor (actor_id, revision_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The state of an organisation after each revision that changed it. revtype: 0 created, 1 modified,
-- 2 removed (tombstones are modifications that set deleted_at). The columns mirror `organization`
-- (V1) except the bookkeeping ones not audited: tree_path, updated_at, version, change_seq and the
-- generated active_code. All nullable, as Envers writes them. No foreign key to `organization`: the
-- trail must outlive whatever happens to the row.
CREATE TABLE organization_aud (
    id                BINARY(16) NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT NULL,
    official_code     VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    name              VARCHAR(255) NULL,
    short_name        VARCHAR(100) NULL,
    type              VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    level             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    parent_id         BINARY(16) NULL,
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
    demo              BOOLEAN NULL,
    created_at        DATETIME(6) NULL,
    deleted_at        DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_organization_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_organization_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Units that exist already (a database created before this migration) start their history with one
-- baseline revision by 'system' through the client 'migration' that records their current state, so
-- that the first change made afterwards shows its old values. Nothing is inserted on an empty database.
INSERT INTO audit_revision (revision_at, actor_id, actor_name, client_id)
SELECT UTC_TIMESTAMP(6), 'system', 'system', 'migration'
FROM DUAL
WHERE EXISTS (SELECT 1 FROM organization);

INSERT INTO organization_aud (id, rev, revtype, official_code, name, short_name, type, level, parent_id,
                              address, phone, email, lead_name, lead_position, lead_phone, valid_from,
                              valid_to, successor_id, dissolution_note, demo, created_at, deleted_at)
SELECT o.id, r.id, 0, o.official_code, o.name, o.short_name, o.type, o.level, o.parent_id,
       o.address, o.phone, o.email, o.lead_name, o.lead_position, o.lead_phone, o.valid_from,
       o.valid_to, o.successor_id, o.dissolution_note, o.demo, o.created_at, o.deleted_at
FROM organization o
JOIN audit_revision r ON r.client_id = 'migration';
