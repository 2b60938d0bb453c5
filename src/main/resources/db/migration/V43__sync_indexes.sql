-- The mobile sync reads "the changes after N of these units, in change order": one index range per unit, empty for a
-- client that is up to date. Tasks and models already have a change_seq index; their visibility goes through parties.
CREATE INDEX ix_reception_org_change ON reception (organization_id, change_seq);
CREATE INDEX ix_case_org_change ON reception_case (organization_id, change_seq);
CREATE INDEX ix_schedule_org_change ON reception_schedule (organization_id, change_seq);
CREATE INDEX ix_task_update_change ON task_update (change_seq);
