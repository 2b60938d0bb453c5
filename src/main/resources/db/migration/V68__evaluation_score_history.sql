-- Evaluation scores in the evaluation's history (issue 22): each score given, changed or re-given is a revision of
-- evaluation_score_aud (Envers), shown by GET /api/v1/evaluations/{id}/history as the evaluation's `scores.*` fields.
-- Numbered before the evaluation tables (V70, same unreleased issue): it refers to none of them, and there are no
-- scores yet to carry over.
CREATE TABLE evaluation_score_aud (
    id              BINARY(16) NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    evaluation_id   BINARY(16) NULL,
    criterion_code  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    party           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    points          DECIMAL(8, 2) NULL,
    comment         VARCHAR(2000) NULL,
    evidence        TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    scored_by       VARCHAR(200) NULL,
    scored_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_evaluation_score_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_evaluation_score_aud_rev (rev),
    INDEX ix_evaluation_score_aud_evaluation (evaluation_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
