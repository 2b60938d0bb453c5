-- A record that an edit moved out of a unit (a case transferred, an official moved, a coordinator dropped from a
-- task): the mobile sync tells the callers who reached it through that unit to drop it. Numbered from the same
-- change sequence as the records, so that a delta reads both in one order. Purged with the tombstones.
CREATE TABLE sync_departure (
    change_seq   BIGINT NOT NULL PRIMARY KEY,
    collection   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    record_id    BINARY(16) NOT NULL,
    unit_id      BINARY(16) NOT NULL,
    departed_at  DATETIME(6) NOT NULL,
    INDEX ix_sync_departure_collection (collection, change_seq),
    INDEX ix_sync_departure_departed (departed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
