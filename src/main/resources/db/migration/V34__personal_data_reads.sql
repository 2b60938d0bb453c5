-- The personal-data access log from now on: one row per read (who, when, how) and one 24-byte row per record read,
-- keyed by record. A list of 20 records wrote 20 wide rows into personal_data_access, each with two secondary
-- indexes: the largest statement of the busiest list.
-- personal_data_access keeps the reads logged before this version and is read alongside (rows are only ever
-- inserted, and now no more). It is not copied here: a province's log holds tens of millions of rows, a copy far
-- longer than a migration at start-up may take (it ran into the JDBC socket timeout on 11.5 million rows).
CREATE TABLE personal_data_read (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    read_at       DATETIME(6) NOT NULL,
    actor_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    actor_name    VARCHAR(255) NOT NULL,
    actor_roles   VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    purpose       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source_ip     VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    INDEX ix_personal_data_read_actor (actor_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- No foreign key to personal_data_read: it would need an index of its own on read_id, and rows are only ever
-- inserted, the read's row first.
CREATE TABLE personal_data_read_record (
    reception_id  BINARY(16) NOT NULL,
    read_id       BIGINT NOT NULL,
    PRIMARY KEY (reception_id, read_id)
) ENGINE = InnoDB;
