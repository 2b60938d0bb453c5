-- The units a task concerns (assigning, lead, coordinating), by tree path: "visible to a scope" is then one
-- range of an index, whatever the size of the scope. A small scope reads its few rows and joins the tasks; a
-- province-wide one walks the tasks in due-date order and probes the primary key per task. Both take about
-- a millisecond on 200,000 tasks, where materialising the scope's units (three times) took 12 ms and a commune's
-- overdue list walked every open task (200 ms). Paths are rewritten when a unit moves (TaskParties).
CREATE TABLE task_party (
    task_id BINARY(16)                                    NOT NULL,
    path    VARCHAR(1200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (task_id, path),
    INDEX ix_task_party_path (path, task_id),
    CONSTRAINT fk_task_party_task FOREIGN KEY (task_id) REFERENCES task (id)
);

INSERT IGNORE INTO task_party (task_id, path)
SELECT t.id, o.tree_path FROM task t JOIN organization o ON o.id = t.assigning_organization_id;
INSERT IGNORE INTO task_party (task_id, path)
SELECT t.id, o.tree_path FROM task t JOIN organization o ON o.id = t.lead_organization_id;
INSERT IGNORE INTO task_party (task_id, path)
SELECT c.task_id, o.tree_path FROM task_coordinator c JOIN organization o ON o.id = c.organization_id;
