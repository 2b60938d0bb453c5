-- Công khai kết quả giải quyết: every publication, correction and withdrawal of a case's public result, with who,
-- when and why. The published text itself is not kept here: a text withdrawn because it named a citizen must not
-- live on in its history.
CREATE TABLE case_publication_event (
    id          BINARY(16) NOT NULL PRIMARY KEY,
    case_id     BINARY(16) NOT NULL,
    action      VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reason      VARCHAR(500) NULL,
    actor_id    VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_case_publication_case FOREIGN KEY (case_id) REFERENCES reception_case (id),
    INDEX ix_case_publication_case (case_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Results published before this version get their publication recorded, dated by the decision's last change.
INSERT INTO case_publication_event (id, case_id, action, reason, actor_id, created_at)
SELECT UNHEX(REPLACE(UUID(), '-', '')), c.id, 'PUBLISHED', NULL, 'migration', c.updated_at
FROM reception_case c WHERE c.result_public = TRUE;
