-- The requesting organisation's own narrative of the consolidated report (issue 22): the five sections of a unit's
-- report, written by its coordinator on the request (optimistic locking by the request's version).
ALTER TABLE report_request
    ADD COLUMN narrative_results     TEXT NULL,
    ADD COLUMN narrative_limitations TEXT NULL,
    ADD COLUMN narrative_lessons     TEXT NULL,
    ADD COLUMN narrative_next_tasks  TEXT NULL,
    ADD COLUMN narrative_proposals   TEXT NULL;
