-- The yearly dân vận plan of an agency or commune ("Năm dân vận chính quyền"): items with an owner unit, a due date
-- and the tasks that carry them out; the interim and final reviews freeze the items' completion when recorded.
CREATE TABLE yearly_plan (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    year             INT NOT NULL,
    title            VARCHAR(500) NOT NULL,
    note             VARCHAR(2000) NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    live_key         VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL THEN CONCAT(HEX(organization_id), ':', year) END) STORED,
    CONSTRAINT uk_yearly_plan_live UNIQUE (live_key),
    CONSTRAINT fk_yearly_plan_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_yearly_plan_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE yearly_plan_item (
    id                    BINARY(16) NOT NULL PRIMARY KEY,
    plan_id               BINARY(16) NOT NULL,
    title                 VARCHAR(1000) NOT NULL,
    owner_organization_id BINARY(16) NOT NULL,
    due_date              DATE NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    version               BIGINT NOT NULL,
    change_seq            BIGINT NOT NULL,
    deleted_at            DATETIME(6) NULL,
    CONSTRAINT fk_yearly_plan_item_plan FOREIGN KEY (plan_id) REFERENCES yearly_plan (id),
    CONSTRAINT fk_yearly_plan_item_owner FOREIGN KEY (owner_organization_id) REFERENCES organization (id),
    INDEX ix_yearly_plan_item_plan (plan_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE yearly_plan_item_task (
    item_id     BINARY(16) NOT NULL,
    task_id     BINARY(16) NOT NULL,
    sort_order  INT NOT NULL,
    -- Keyed by position (the list is rewritten in order); the service never links a task twice to one item.
    PRIMARY KEY (item_id, sort_order),
    INDEX ix_yearly_plan_item_task_task (task_id),
    CONSTRAINT fk_yearly_plan_item_task_item FOREIGN KEY (item_id) REFERENCES yearly_plan_item (id),
    CONSTRAINT fk_yearly_plan_item_task_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Sơ kết / tổng kết: the narrative and the items' figures as they stood when recorded (JSON text, never recomputed).
CREATE TABLE yearly_plan_review (
    id           BINARY(16) NOT NULL PRIMARY KEY,
    plan_id      BINARY(16) NOT NULL,
    kind         VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    review_date  DATE NOT NULL,
    narrative    MEDIUMTEXT NOT NULL,
    figures      MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT NOT NULL,
    change_seq   BIGINT NOT NULL,
    deleted_at   DATETIME(6) NULL,
    CONSTRAINT uk_yearly_plan_review UNIQUE (plan_id, kind),
    CONSTRAINT fk_yearly_plan_review_plan FOREIGN KEY (plan_id) REFERENCES yearly_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
