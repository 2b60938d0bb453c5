-- The personal-data read log names what was read by a kind and an ID, no longer by a reception alone: the invitees of a
-- dialogue and the authors of grassroots comments are shown in clear too, and each such read is logged in the same log
-- (platform/personaldata/PersonalDataAccessLog).
--
-- Every row logged so far is a reception's: the new column's default says so, and they stay valid as they are. Both
-- changes leave the table's rows untouched (a province's log holds tens of millions, see V34): a column added last with
-- a default is instant in MariaDB 10.3+ and MySQL 8.0.12+, and a rename changes only the dictionary (the server
-- chooses how; no rebuild on either). The key stays (subject_id, read_id): IDs are UUIDs, and one read logs records of
-- one kind, so a subject ID never comes twice in one read.
ALTER TABLE personal_data_read_record
    ADD COLUMN subject_type VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'RECEPTION',
    ALGORITHM = INSTANT;

ALTER TABLE personal_data_read_record RENAME COLUMN reception_id TO subject_id;
