-- Every move of a unit (with its subtree) in the tree: the mobile sync undoes the moves made after a client's last
-- sync to know which units the client reached then, and so which records left or came into its reach.
CREATE TABLE organization_move (
    change_seq BIGINT NOT NULL PRIMARY KEY,
    old_path   VARCHAR(1200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    new_path   VARCHAR(1200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    moved_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB;
