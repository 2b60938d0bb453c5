-- The official the lead unit puts in charge of a task (phân công cán bộ), as an account: the official's own
-- inbox lists it. assignee_name stays: the assigner may name a person who has no account.
ALTER TABLE task
    ADD COLUMN assignee_user_id BINARY(16) NULL AFTER assignee_name,
    ADD INDEX ix_task_assignee (assignee_user_id, open_flag, due_date);
