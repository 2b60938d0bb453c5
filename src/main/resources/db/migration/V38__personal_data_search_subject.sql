-- A search by ID number is a read of personal data, logged even when it finds nothing: with the keyed hash of the
-- number searched for (never the number), so that "who looked for this citizen" can be answered.
ALTER TABLE personal_data_read
    ADD COLUMN subject_hash BINARY(32) NULL,
    ADD INDEX ix_personal_data_read_subject (subject_hash);
