-- Tasks (nhiệm vụ) assigned by directives or standalone, their coordinating units, progress updates,
-- extension requests and timeline.
CREATE TABLE task (
    id                         BINARY(16) NOT NULL PRIMARY KEY,
    directive_id               BINARY(16) NULL,
    item_number                VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    parent_task_id             BINARY(16) NULL,
    series_id                  BINARY(16) NULL,
    period_label               VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    period_start               DATE NULL,
    period_end                 DATE NULL,
    title                      VARCHAR(500) NOT NULL,
    content                    TEXT NULL,
    priority                   VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    assigning_organization_id  BINARY(16) NOT NULL,
    lead_organization_id       BINARY(16) NOT NULL,
    assignee_name              VARCHAR(150) NULL,
    start_date                 DATE NULL,
    due_date                   DATE NOT NULL,
    original_due_date          DATE NOT NULL,
    status                     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- Open = not yet accepted or cancelled: what monitoring and reminders look at.
    open_flag                  TINYINT AS (CASE WHEN status IN ('ACCEPTED', 'CANCELLED') THEN 0 ELSE 1 END) STORED,
    percent_done               INT NOT NULL DEFAULT 0,
    reported_on                DATE NULL,
    report_text                TEXT NULL,
    accepted_on                DATE NULL,
    decision_note              VARCHAR(2000) NULL,
    demo                       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at                 DATETIME(6) NOT NULL,
    updated_at                 DATETIME(6) NOT NULL,
    version                    BIGINT NOT NULL,
    change_seq                 BIGINT NOT NULL,
    deleted_at                 DATETIME(6) NULL,
    INDEX ix_task_lead_due (lead_organization_id, open_flag, due_date),
    INDEX ix_task_assigning_due (assigning_organization_id, due_date),
    INDEX ix_task_open_due (open_flag, due_date),
    INDEX ix_task_directive (directive_id),
    INDEX ix_task_parent (parent_task_id),
    INDEX ix_task_change_seq (change_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE task_coordinator (
    task_id          BINARY(16) NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    PRIMARY KEY (task_id, organization_id),
    INDEX ix_task_coordinator_org (organization_id),
    CONSTRAINT fk_task_coordinator FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB;

CREATE TABLE task_report_attachment (
    task_id        BINARY(16) NOT NULL,
    attachment_id  BINARY(16) NOT NULL,
    PRIMARY KEY (task_id, attachment_id),
    CONSTRAINT fk_task_report_attachment FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB;

CREATE TABLE task_update (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    task_id          BINARY(16) NOT NULL,
    kind             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    text             TEXT NOT NULL,
    percent_done     INT NULL,
    author           VARCHAR(200) NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    INDEX ix_task_update_task (task_id, created_at),
    CONSTRAINT fk_task_update_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE task_update_attachment (
    task_update_id  BINARY(16) NOT NULL,
    attachment_id   BINARY(16) NOT NULL,
    PRIMARY KEY (task_update_id, attachment_id),
    CONSTRAINT fk_task_update_attachment FOREIGN KEY (task_update_id) REFERENCES task_update (id)
) ENGINE = InnoDB;

CREATE TABLE task_extension (
    id                  BINARY(16) NOT NULL PRIMARY KEY,
    task_id             BINARY(16) NOT NULL,
    requested_due_date  DATE NOT NULL,
    previous_due_date   DATE NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    status              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    requested_by        VARCHAR(200) NULL,
    decided_by          VARCHAR(200) NULL,
    decided_at          DATETIME(6) NULL,
    decision_comment    VARCHAR(2000) NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT NOT NULL,
    change_seq          BIGINT NOT NULL,
    deleted_at          DATETIME(6) NULL,
    INDEX ix_task_extension_task (task_id, created_at),
    CONSTRAINT fk_task_extension_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE task_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id          BINARY(16) NOT NULL,
    action           VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    from_status      VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    to_status        VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    actor            VARCHAR(200) NULL,
    organization_id  BINARY(16) NULL,
    note             VARCHAR(2000) NULL,
    at               DATETIME(6) NOT NULL,
    INDEX ix_task_event_task (task_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
