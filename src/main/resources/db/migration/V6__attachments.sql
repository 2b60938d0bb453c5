-- Files attached to records of any feature (directives, tasks, models, receptions, ...).
-- The bytes live in the file store (danvan.files.dir by default); this row describes them.
CREATE TABLE attachment (
    id                        BINARY(16) NOT NULL PRIMARY KEY,
    owner_type                VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    owner_id                  BINARY(16) NOT NULL,
    file_name                 VARCHAR(255) NOT NULL,
    content_type              VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    size_bytes                BIGINT NOT NULL,
    sha256                    CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    storage_key               VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    uploaded_by               VARCHAR(200) NULL,
    uploader_organization_id  BINARY(16) NULL,
    created_at                DATETIME(6) NOT NULL,
    updated_at                DATETIME(6) NOT NULL,
    version                   BIGINT NOT NULL,
    change_seq                BIGINT NOT NULL,
    deleted_at                DATETIME(6) NULL,
    INDEX ix_attachment_owner (owner_type, owner_id),
    INDEX ix_attachment_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
