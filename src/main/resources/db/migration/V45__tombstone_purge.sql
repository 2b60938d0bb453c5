-- The tombstone purge (platform/sync/TombstonePurge) runs on one instance at a time.
INSERT INTO job_lease (job, holder, leased_until) VALUES ('tombstone-purge', NULL, '2000-01-01 00:00:00');
