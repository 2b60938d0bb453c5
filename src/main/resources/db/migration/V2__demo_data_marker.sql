-- One row per demo data set loaded. The primary key makes a second instance that starts at the
-- same moment wait for the first one's transaction and then skip the load.
CREATE TABLE demo_data_load (
    name      VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    loaded_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;
