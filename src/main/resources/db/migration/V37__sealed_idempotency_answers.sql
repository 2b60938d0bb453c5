-- Stored answers of Idempotency-Key requests may hold personal data (a citizen's ID number, a petition's secret):
-- they are now sealed with the personal-data key, and requests remembered by a keyed hash. Answers stored in clear
-- before are dropped rather than kept (they live a day; a retry of one runs again and meets the record it created).
DELETE FROM idempotency_record;
ALTER TABLE idempotency_record
    DROP COLUMN response_body,
    ADD COLUMN response_sealed MEDIUMBLOB NULL AFTER status;
