-- The per-lead-unit summary reads only this index (lead unit first, so a scope's units are probed one
-- by one; the rest covers its filters and the on-time/late/overdue arithmetic).
CREATE INDEX ix_task_summary ON task (lead_organization_id, status, due_date, reported_on, deleted_at,
                                      assigning_organization_id, directive_id);
