-- "Dân vận khéo" models and exemplars (issue 5): per-province settings (registration windows, appraisal
-- criteria), the models with their lifecycle, indicators, appraisal scores and progress reports.
-- Text columns use utf8mb4_unicode_520_ci so that q-search ignores case and Vietnamese diacritics.

-- A province's registration window for one year: registration accepted opens_on..closes_on, the yearly
-- report due on report_due_on (e.g. 20/9, seed 002).
CREATE TABLE mobilization_registration_window (
    id             BINARY(16) NOT NULL PRIMARY KEY,
    province_id    BINARY(16) NOT NULL,
    phase          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    year           INT NOT NULL,
    opens_on       DATE NOT NULL,
    closes_on      DATE NOT NULL,
    report_due_on  DATE NOT NULL,
    note           VARCHAR(1000) NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT NOT NULL,
    change_seq     BIGINT NOT NULL,
    deleted_at     DATETIME(6) NULL,
    -- One live window per province and year.
    live_key       VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL THEN CONCAT(HEX(province_id), ':', year) END) STORED,
    CONSTRAINT uk_mobilization_window_live UNIQUE (live_key),
    CONSTRAINT fk_mobilization_window_province FOREIGN KEY (province_id) REFERENCES organization (id),
    INDEX ix_mobilization_window_province_year (province_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- An appraisal criterion of a province and phase with its integer scale min_score..max_score.
CREATE TABLE mobilization_appraisal_criterion (
    id             BINARY(16) NOT NULL PRIMARY KEY,
    province_id    BINARY(16) NOT NULL,
    phase          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    code           VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name           VARCHAR(200) NOT NULL,
    description    VARCHAR(2000) NULL,
    min_score      INT NOT NULL,
    max_score      INT NOT NULL,
    sort_order     INT NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT NOT NULL,
    change_seq     BIGINT NOT NULL,
    deleted_at     DATETIME(6) NULL,
    live_key       VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL THEN CONCAT(HEX(province_id), ':', phase, ':', code) END) STORED,
    CONSTRAINT uk_mobilization_criterion_live UNIQUE (live_key),
    CONSTRAINT fk_mobilization_criterion_province FOREIGN KEY (province_id) REFERENCES organization (id),
    INDEX ix_mobilization_criterion_province_phase (province_id, phase, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_model (
    id                       BINARY(16) NOT NULL PRIMARY KEY,
    kind                     VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field                    VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    level                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    organization_id          BINARY(16) NOT NULL,
    -- The root of the registering organisation: windows, criteria and province-wide scopes key on it.
    province_id              BINARY(16) NOT NULL,
    place_organization_id    BINARY(16) NULL,
    place_name               VARCHAR(255) NULL,
    phase                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registration_year        INT NOT NULL,
    title                    VARCHAR(300) NOT NULL,
    objectives               TEXT NULL,
    method                   TEXT NULL,
    participants             TEXT NULL,
    beneficiaries            TEXT NULL,
    start_date               DATE NULL,
    planned_end_date         DATE NULL,
    in_charge_name           VARCHAR(150) NULL,
    in_charge_position       VARCHAR(150) NULL,
    in_charge_phone          VARCHAR(20) NULL,
    person_name              VARCHAR(150) NULL,
    person_position          VARCHAR(150) NULL,
    person_organization      VARCHAR(255) NULL,
    person_phone             VARCHAR(20) NULL,
    person_email             VARCHAR(254) NULL,
    person_contact_consent   BOOLEAN NOT NULL DEFAULT FALSE,
    replication_of_id        BINARY(16) NULL,
    status                   VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registered_at            DATETIME(6) NULL,
    appraiser_name           VARCHAR(200) NULL,
    appraised_on             DATE NULL,
    appraisal_comment        TEXT NULL,
    appraisal_total          INT NULL,
    appraisal_max_total      INT NULL,
    recognition_level        VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    recognition_decision     VARCHAR(100) NULL,
    recognition_date         DATE NULL,
    recognition_authority    VARCHAR(255) NULL,
    rejection_reason         TEXT NULL,
    rejected_on              DATE NULL,
    outstanding_on           DATE NULL,
    outstanding_note         TEXT NULL,
    commendation_form        VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    commendation_level       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    commendation_authority   VARCHAR(255) NULL,
    commendation_decision    VARCHAR(100) NULL,
    commendation_date        DATE NULL,
    return_reason            TEXT NULL,
    withdrawal_reason        TEXT NULL,
    published_at             DATETIME(6) NULL,
    demo                     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at               DATETIME(6) NOT NULL,
    updated_at               DATETIME(6) NOT NULL,
    version                  BIGINT NOT NULL,
    change_seq               BIGINT NOT NULL,
    deleted_at               DATETIME(6) NULL,
    CONSTRAINT fk_mobilization_model_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_mobilization_model_province FOREIGN KEY (province_id) REFERENCES organization (id),
    CONSTRAINT fk_mobilization_model_place FOREIGN KEY (place_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_mobilization_model_replication FOREIGN KEY (replication_of_id) REFERENCES mobilization_model (id),
    -- Statistics of a province (coordinators, the portal): one covering range scan, no table rows read.
    INDEX ix_mobilization_model_stats (province_id, deleted_at, field, kind, level, status, registration_year,
                                       phase, replication_of_id, organization_id),
    -- Statistics and lists of a unit's subtree (organization_id IN sub-query); byOrganization.
    INDEX ix_mobilization_model_org (organization_id, deleted_at, status),
    -- Lists of a province, newest change first (the default sort).
    INDEX ix_mobilization_model_province_updated (province_id, updated_at DESC, id),
    -- The public showcase: published models, newest publication first, all or one province.
    INDEX ix_mobilization_model_published (published_at DESC, id),
    INDEX ix_mobilization_model_province_published (province_id, published_at DESC, id),
    -- Replications of a model (lineage, counts).
    INDEX ix_mobilization_model_replication (replication_of_id, deleted_at),
    INDEX ix_mobilization_model_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_model_indicator (
    model_id   BINARY(16) NOT NULL,
    position   INT NOT NULL,
    name       VARCHAR(200) NOT NULL,
    unit       VARCHAR(50) NULL,
    target     DOUBLE NULL,
    achieved   DOUBLE NULL,
    PRIMARY KEY (model_id, position),
    CONSTRAINT fk_mobilization_indicator_model FOREIGN KEY (model_id) REFERENCES mobilization_model (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The scores of a model's appraisal, with the criterion as it was (code, name, scale).
CREATE TABLE mobilization_appraisal_score (
    model_id        BINARY(16) NOT NULL,
    position        INT NOT NULL,
    criterion_id    BINARY(16) NOT NULL,
    criterion_code  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    criterion_name  VARCHAR(200) NOT NULL,
    score           INT NOT NULL,
    min_score       INT NOT NULL,
    max_score       INT NOT NULL,
    comment         VARCHAR(2000) NULL,
    PRIMARY KEY (model_id, position),
    CONSTRAINT fk_mobilization_score_model FOREIGN KEY (model_id) REFERENCES mobilization_model (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_progress_report (
    id             BINARY(16) NOT NULL PRIMARY KEY,
    model_id       BINARY(16) NOT NULL,
    kind           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    report_year    INT NULL,
    report_date    DATE NOT NULL,
    narrative      TEXT NOT NULL,
    due_on         DATE NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT NOT NULL,
    change_seq     BIGINT NOT NULL,
    deleted_at     DATETIME(6) NULL,
    -- One live yearly report per model and year.
    yearly_key     VARCHAR(50) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL AND kind = 'YEARLY' THEN CONCAT(HEX(model_id), ':', report_year) END) STORED,
    CONSTRAINT uk_mobilization_yearly_report UNIQUE (yearly_key),
    CONSTRAINT fk_mobilization_report_model FOREIGN KEY (model_id) REFERENCES mobilization_model (id),
    INDEX ix_mobilization_report_model_date (model_id, report_date, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_progress_value (
    report_id  BINARY(16) NOT NULL,
    position   INT NOT NULL,
    name       VARCHAR(200) NOT NULL,
    value      DOUBLE NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_mobilization_value_report FOREIGN KEY (report_id) REFERENCES mobilization_progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
