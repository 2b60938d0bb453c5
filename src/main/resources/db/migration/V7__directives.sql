-- Directives (văn bản chỉ đạo): issuer, number and symbol, recipients, legal bases, status.
CREATE TABLE directive (
    id                        BINARY(16) NOT NULL PRIMARY KEY,
    type                      VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    issuer_organization_id    BINARY(16) NULL,
    external_issuer           VARCHAR(255) NULL,
    -- The unit that keeps the record: the issuer, or the unit that entered a central document.
    owner_organization_id     BINARY(16) NULL,
    number_symbol             VARCHAR(60) NOT NULL,
    issue_date                DATE NOT NULL,
    issue_year                INT NOT NULL,
    subject                   VARCHAR(1000) NOT NULL,
    signer_name               VARCHAR(150) NULL,
    signer_position           VARCHAR(150) NULL,
    summary                   TEXT NULL,
    status                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    replaced_by_directive_id  BINARY(16) NULL,
    status_note               VARCHAR(2000) NULL,
    demo                      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at                DATETIME(6) NOT NULL,
    updated_at                DATETIME(6) NOT NULL,
    version                   BIGINT NOT NULL,
    change_seq                BIGINT NOT NULL,
    deleted_at                DATETIME(6) NULL,
    -- One number per issuer and year among live directives (the collation ignores case).
    issuer_key                VARCHAR(300) AS (COALESCE(HEX(issuer_organization_id), external_issuer)) STORED,
    live_marker               TINYINT AS (CASE WHEN deleted_at IS NULL THEN 1 END) STORED,
    CONSTRAINT uk_directive_number UNIQUE (issuer_key, issue_year, number_symbol, live_marker),
    INDEX ix_directive_issue_date (issue_date),
    INDEX ix_directive_owner (owner_organization_id),
    INDEX ix_directive_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE directive_recipient (
    directive_id     BINARY(16) NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    PRIMARY KEY (directive_id, organization_id),
    INDEX ix_directive_recipient_org (organization_id),
    CONSTRAINT fk_directive_recipient FOREIGN KEY (directive_id) REFERENCES directive (id)
) ENGINE = InnoDB;

CREATE TABLE directive_legal_basis (
    directive_id  BINARY(16) NOT NULL,
    basis_id      BINARY(16) NOT NULL,
    PRIMARY KEY (directive_id, basis_id),
    CONSTRAINT fk_directive_legal_basis FOREIGN KEY (directive_id) REFERENCES directive (id)
) ENGINE = InnoDB;
