-- Periodic reports (issue 22): a coordinator's request for reports of a period, and each organisation's report with
-- its narrative, corrections and the statistics frozen at submission.
CREATE TABLE report_request (
    id                         BINARY(16) NOT NULL PRIMARY KEY,
    title                      VARCHAR(500) NOT NULL,
    requesting_organization_id BINARY(16) NOT NULL,
    period                     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    period_year                INT NULL,
    period_number              INT NULL,
    window_from                DATE NOT NULL,
    window_to                  DATE NOT NULL,
    deadline                   DATE NOT NULL,
    directive_id               BINARY(16) NULL,
    demo                       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at                 DATETIME(6) NOT NULL,
    updated_at                 DATETIME(6) NOT NULL,
    version                    BIGINT NOT NULL,
    INDEX ix_report_request_org (requesting_organization_id, window_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE report (
    id                 BINARY(16) NOT NULL PRIMARY KEY,
    request_id         BINARY(16) NOT NULL,
    organization_id    BINARY(16) NOT NULL,
    status             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    results            TEXT NULL,
    limitations        TEXT NULL,
    lessons            TEXT NULL,
    next_tasks         TEXT NULL,
    proposals          TEXT NULL,
    -- [{figure, value, reason}]: the drafter's corrections; the computed values stay in the snapshot.
    corrections        MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- The statistics frozen at the last submission (JSON sections of computed figures); null while never submitted.
    snapshot           MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    submitted_at       DATETIME(6) NULL,
    return_reason      VARCHAR(2000) NULL,
    accepted_at        DATETIME(6) NULL,
    last_reminded_on   DATE NULL,
    demo               BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT uk_report_request_org UNIQUE (request_id, organization_id),
    CONSTRAINT fk_report_request FOREIGN KEY (request_id) REFERENCES report_request (id),
    INDEX ix_report_org (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
