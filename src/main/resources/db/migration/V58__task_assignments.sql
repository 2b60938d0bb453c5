-- One directive item assigned to many units in one request (giao một nhiệm vụ cho nhiều đơn vị): the assignment, and
-- on each of its tasks the assignment it came from (one series per lead unit). The ID is the client's or the
-- service's; its primary key keeps two requests with the same ID from both creating it.
CREATE TABLE task_assignment (
    id                         BINARY(16) NOT NULL PRIMARY KEY,
    assigning_organization_id  BINARY(16) NOT NULL,
    directive_id               BINARY(16) NULL,
    item_number                VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    title                      VARCHAR(500) NOT NULL,
    unit_count                 INT NOT NULL,
    task_count                 INT NOT NULL,
    actor                      VARCHAR(200) NULL,
    created_at                 DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Its lead units in the order given (or chosen by level), each with the series made for it.
CREATE TABLE task_assignment_unit (
    assignment_id    BINARY(16) NOT NULL,
    position         INT NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    series_id        BINARY(16) NOT NULL,
    PRIMARY KEY (assignment_id, position),
    CONSTRAINT fk_task_assignment_unit FOREIGN KEY (assignment_id) REFERENCES task_assignment (id)
) ENGINE = InnoDB;

ALTER TABLE task ADD COLUMN assignment_id BINARY(16) NULL AFTER series_id;

-- The task list's filters by assignment, series and directive item (directive_id alone keeps its own index's use:
-- the new one starts with it).
CREATE INDEX ix_task_assignment ON task (assignment_id);
CREATE INDEX ix_task_series ON task (series_id);
CREATE INDEX ix_task_directive_item ON task (directive_id, item_number);
DROP INDEX ix_task_directive ON task;
