-- Evaluation and ranking of dân vận work (đánh giá, xếp loại): the criteria sets each province issues per year, kept
-- as data and versioned (a set used by a finalised evaluation is never changed: the province issues the next version),
-- and the evaluations of its agencies and communes scored against them.

-- One version of a province's criteria set for a year. The criteria tree and the rank thresholds are kept as JSON
-- text: they are read and written whole with their set, and the audit trail shows each correction as one change.
CREATE TABLE evaluation_criteria_set (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    province_id     BINARY(16) NOT NULL,
    year            INT NOT NULL,
    set_version     INT NOT NULL,
    title           VARCHAR(500) NOT NULL,
    legal_basis     VARCHAR(1000) NULL,
    criteria        MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    rank_thresholds TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT NOT NULL,
    change_seq      BIGINT NOT NULL,
    deleted_at      DATETIME(6) NULL,
    CONSTRAINT uk_evaluation_criteria_set_version UNIQUE (province_id, year, set_version),
    CONSTRAINT fk_evaluation_criteria_set_province FOREIGN KEY (province_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE evaluation_criteria_set_aud (
    id              BINARY(16) NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    province_id     BINARY(16) NULL,
    year            INT NULL,
    set_version     INT NULL,
    title           VARCHAR(500) NULL,
    legal_basis     VARCHAR(1000) NULL,
    criteria        MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    rank_thresholds TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    created_at      DATETIME(6) NULL,
    deleted_at      DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_evaluation_criteria_set_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_evaluation_criteria_set_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The evaluation of one unit for one year. Totals and rank are kept once finalised (the ranking reads them);
-- finalised_once stays set after a reopening, so that the set it was scored against stays locked.
CREATE TABLE evaluation (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    criteria_set_id  BINARY(16) NOT NULL,
    province_id      BINARY(16) NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    year             INT NOT NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    total_score      DECIMAL(8, 2) NULL,
    rank_code        VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    rank_name        VARCHAR(100) NULL,
    finalised_at     DATETIME(6) NULL,
    finalised_by     VARCHAR(200) NULL,
    finalised_once   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    -- One live evaluation per unit and year.
    live_key         VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL THEN CONCAT(HEX(organization_id), ':', year) END) STORED,
    CONSTRAINT uk_evaluation_live UNIQUE (live_key),
    CONSTRAINT fk_evaluation_set FOREIGN KEY (criteria_set_id) REFERENCES evaluation_criteria_set (id),
    CONSTRAINT fk_evaluation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_evaluation_province_year (province_id, year, status, total_score)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE evaluation_aud (
    id               BINARY(16) NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    criteria_set_id  BINARY(16) NULL,
    province_id      BINARY(16) NULL,
    organization_id  BINARY(16) NULL,
    year             INT NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    total_score      DECIMAL(8, 2) NULL,
    rank_code        VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    rank_name        VARCHAR(100) NULL,
    finalised_at     DATETIME(6) NULL,
    finalised_by     VARCHAR(200) NULL,
    finalised_once   BOOLEAN NULL,
    created_at       DATETIME(6) NULL,
    deleted_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_evaluation_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_evaluation_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The points one party gave one criterion (a leaf of the set), with its evidence (attachment IDs and record links as
-- JSON text); rewritten in place while the evaluation is open, shown with the evaluation.
CREATE TABLE evaluation_score (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    evaluation_id   BINARY(16) NOT NULL,
    criterion_code  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    party           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    points          DECIMAL(8, 2) NOT NULL,
    comment         VARCHAR(2000) NULL,
    evidence        TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    scored_by       VARCHAR(200) NOT NULL,
    scored_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_evaluation_score UNIQUE (evaluation_id, criterion_code),
    CONSTRAINT fk_evaluation_score_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A finalised evaluation reopened (mở lại): who, why, when, and the score and rank it had.
CREATE TABLE evaluation_reopening (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    evaluation_id   BINARY(16) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    reopened_by     VARCHAR(200) NOT NULL,
    reopened_by_id  VARCHAR(100) NOT NULL,
    reopened_at     DATETIME(6) NOT NULL,
    previous_total  DECIMAL(8, 2) NOT NULL,
    previous_rank_code VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    previous_rank_name VARCHAR(100) NOT NULL,
    CONSTRAINT fk_evaluation_reopening_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    INDEX ix_evaluation_reopening_evaluation (evaluation_id, reopened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
