-- Notifications to units (task events, deadline reminders) and who has read them.
CREATE TABLE notification (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    kind             VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    task_id          BINARY(16) NULL,
    title            VARCHAR(600) NOT NULL,
    due_date         DATE NULL,
    -- Set for notifications that must exist once only (reminders): kind, task, deadline and unit.
    dedup_key        VARCHAR(150) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_notification_dedup UNIQUE (dedup_key),
    INDEX ix_notification_org (organization_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE notification_read (
    notification_id  BINARY(16) NOT NULL,
    reader           VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    read_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (notification_id, reader),
    CONSTRAINT fk_notification_read FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE = InnoDB;

-- Cluster-wide leases of scheduled jobs: one instance runs a job at a time.
CREATE TABLE job_lease (
    job           VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    holder        VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NULL,
    leased_until  DATETIME(6) NOT NULL
) ENGINE = InnoDB;

INSERT INTO job_lease (job, holder, leased_until) VALUES ('task-reminders', NULL, '2000-01-01 00:00:00');
