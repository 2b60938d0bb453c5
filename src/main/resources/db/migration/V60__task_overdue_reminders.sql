-- Which reminders the reminder job has sent for a task and deadline. The job used to look back only seven days for
-- tasks that had become overdue, so a task overdue for longer (created while reminders were disabled, or during a
-- long stop) never got its OVERDUE reminder. Now every overdue task without a row here is reminded, however old, and
-- gets its row in the same transaction: a run reads only the tasks not yet reminded. The notifications' own unique
-- key (dedup_key) still makes a second reminder impossible, should two runs ever overlap.
CREATE TABLE task_reminder (
    task_id   BINARY(16) NOT NULL,
    kind      VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    due_date  DATE NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (task_id, kind, due_date),
    CONSTRAINT fk_task_reminder_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB;
