-- Notifications join the mobile sync: a change number, a version and room for a tombstone, like every synchronised
-- record. Existing notifications take change number 0 (before every later change) and their creation as last update.
ALTER TABLE notification
    ADD COLUMN updated_at DATETIME(6) NULL,
    ADD COLUMN version    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN deleted_at DATETIME(6) NULL;
UPDATE notification SET updated_at = created_at;
ALTER TABLE notification MODIFY updated_at DATETIME(6) NOT NULL;
CREATE INDEX ix_notification_org_change ON notification (organization_id, change_seq);
