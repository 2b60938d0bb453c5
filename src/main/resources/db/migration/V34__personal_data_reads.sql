-- The personal-data access log as one row per read (who, when, how) and one narrow row per record read. A list of
-- 20 records wrote 20 wide rows, each with two secondary indexes: the largest statement of the busiest list.
-- No foreign key to personal_data_access: it would need an index of its own on access_id, and rows are only ever
-- inserted, both in one transaction.
CREATE TABLE personal_data_access_record (
    reception_id  BINARY(16) NOT NULL,
    access_id     BIGINT NOT NULL,
    PRIMARY KEY (reception_id, access_id)
) ENGINE = InnoDB;

INSERT INTO personal_data_access_record (reception_id, access_id) SELECT reception_id, id FROM personal_data_access;

ALTER TABLE personal_data_access DROP INDEX ix_personal_data_access_reception, DROP COLUMN reception_id;
