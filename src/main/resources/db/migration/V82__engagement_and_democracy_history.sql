-- The history of the records of issue 24 (platform/audit, GET …/{id}/history), as every other feature's records have:
-- dialogues and the opinions raised at them, the Front's recommendations and their items (with the answers), and
-- the communes' disclosures, consultations (with the hamlets' results) and the People's Inspection Board's findings.
--
-- As V48: each *_aud table mirrors its record's table except the bookkeeping that changes on every write (updated_at,
-- version, change_seq), the counters kept for ETags (answered_count, item_count) and the collections (participants,
-- groups, invitees, cases, hot spots, options: shown with the record). All columns nullable, as Envers writes them; no
-- foreign key to the record: the trail outlives it. The invitees of a dialogue (their names and phones) and the
-- authors of comments are not in any trail.

CREATE TABLE dialogue_aud (
    id                     BINARY(16) NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT NULL,
    organization_id        BINARY(16) NULL,
    chair_user_id          BINARY(16) NULL,
    chair_name             VARCHAR(150) NULL,
    chair_position         VARCHAR(150) NULL,
    held_on                DATE NULL,
    place_kind             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    place                  VARCHAR(500) NULL,
    place_organization_id  BINARY(16) NULL,
    subject                VARCHAR(500) NULL,
    status                 VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    minutes_attachment_id  BINARY(16) NULL,
    announcement           VARCHAR(2000) NULL,
    result_summary         VARCHAR(4000) NULL,
    cancellation_reason    VARCHAR(1000) NULL,
    demo                   BOOLEAN NULL,
    created_at             DATETIME(6) NULL,
    deleted_at             DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dialogue_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_dialogue_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE dialogue_item_aud (
    id                           BINARY(16) NOT NULL,
    rev                          BIGINT NOT NULL,
    revtype                      TINYINT NULL,
    dialogue_id                  BINARY(16) NULL,
    number                       INT NULL,
    text                         VARCHAR(4000) NULL,
    raised_by                    VARCHAR(200) NULL,
    status                       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    answer                       VARCHAR(4000) NULL,
    responsible_organization_id  BINARY(16) NULL,
    due_date                     DATE NULL,
    commitment                   VARCHAR(2000) NULL,
    task_id                      BINARY(16) NULL,
    created_at                   DATETIME(6) NULL,
    deleted_at                   DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dialogue_item_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_dialogue_item_aud_rev (rev),
    INDEX ix_dialogue_item_aud_dialogue (dialogue_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE front_recommendation_aud (
    id                       BINARY(16) NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  TINYINT NULL,
    issuing_organization_id  BINARY(16) NULL,
    level_organization_id    BINARY(16) NULL,
    number_symbol            VARCHAR(50) NULL,
    issued_on                DATE NULL,
    kind                     VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    subject                  VARCHAR(1000) NULL,
    demo                     BOOLEAN NULL,
    created_at               DATETIME(6) NULL,
    deleted_at               DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_front_recommendation_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_front_recommendation_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE front_recommendation_item_aud (
    id                           BINARY(16) NOT NULL,
    rev                          BIGINT NOT NULL,
    revtype                      TINYINT NULL,
    recommendation_id            BINARY(16) NULL,
    number                       INT NULL,
    text                         VARCHAR(4000) NULL,
    responsible_organization_id  BINARY(16) NULL,
    due_date                     DATE NULL,
    deadline_basis               VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NULL,
    outcome                      VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    answer                       VARCHAR(4000) NULL,
    answered_on                  DATE NULL,
    answered_by                  VARCHAR(100) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_front_recommendation_item_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_front_recommendation_item_aud_rev (rev),
    INDEX ix_front_recommendation_item_aud_parent (recommendation_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE grassroots_disclosure_aud (
    id               BINARY(16) NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    organization_id  BINARY(16) NULL,
    duty_code        VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
    title            VARCHAR(300) NULL,
    content          VARCHAR(4000) NULL,
    forms            VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NULL,
    approved_on      DATE NULL,
    starts_on        DATE NULL,
    ends_on          DATE NULL,
    period_year      INT NULL,
    late             BOOLEAN NULL,
    created_at       DATETIME(6) NULL,
    deleted_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grassroots_disclosure_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_grassroots_disclosure_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE grassroots_consultation_aud (
    id               BINARY(16) NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    organization_id  BINARY(16) NULL,
    duty_code        VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
    kind             VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    question         VARCHAR(1000) NULL,
    opens_on         DATE NULL,
    closes_on        DATE NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    outcome          VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    adopted_option   INT NULL,
    decision         VARCHAR(2000) NULL,
    decided_on       DATE NULL,
    created_at       DATETIME(6) NULL,
    deleted_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grassroots_consultation_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_grassroots_consultation_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A hamlet's result names its consultation through consultation_id (the parent's join column, read by the entity).
CREATE TABLE grassroots_hamlet_result_aud (
    id                      BINARY(16) NOT NULL,
    rev                     BIGINT NOT NULL,
    revtype                 TINYINT NULL,
    consultation_id         BINARY(16) NULL,
    hamlet                  VARCHAR(200) NULL,
    held_on                 DATE NULL,
    method                  VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    households              INT NULL,
    households_taking_part  INT NULL,
    votes                   VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grassroots_hamlet_result_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_grassroots_hamlet_result_aud_rev (rev),
    INDEX ix_grassroots_hamlet_result_aud_parent (consultation_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE grassroots_finding_aud (
    id               BINARY(16) NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    organization_id  BINARY(16) NULL,
    found_on         DATE NULL,
    subject          VARCHAR(300) NULL,
    finding          VARCHAR(4000) NULL,
    recommendation   VARCHAR(2000) NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    handling         VARCHAR(2000) NULL,
    handled_on       DATE NULL,
    created_at       DATETIME(6) NULL,
    deleted_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grassroots_finding_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_grassroots_finding_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Records that exist already (the embedded run's demo data, a province's records since V75 and V80) start their
-- history with one baseline revision by 'system' through the client 'migration-records' holding their current state,
-- as in V48. This migration's revision is told from V48's by its request ID. Nothing is inserted on an empty database.
INSERT INTO audit_revision (revision_at, actor_id, actor_name, client_id, request_id)
SELECT UTC_TIMESTAMP(6), 'system', 'system', 'migration-records', 'V82-baseline'
FROM DUAL
WHERE EXISTS (SELECT 1 FROM dialogue) OR EXISTS (SELECT 1 FROM front_recommendation)
   OR EXISTS (SELECT 1 FROM grassroots_disclosure) OR EXISTS (SELECT 1 FROM grassroots_consultation)
   OR EXISTS (SELECT 1 FROM grassroots_finding);

INSERT INTO dialogue_aud (id, rev, revtype, organization_id, chair_user_id, chair_name, chair_position, held_on,
                          place_kind, place, place_organization_id, subject, status, minutes_attachment_id, announcement,
                          result_summary, cancellation_reason, demo, created_at, deleted_at)
SELECT d.id, r.id, 0, d.organization_id, d.chair_user_id, d.chair_name, d.chair_position, d.held_on, d.place_kind,
       d.place, d.place_organization_id, d.subject, d.status, d.minutes_attachment_id, d.announcement, d.result_summary,
       d.cancellation_reason, d.demo, d.created_at, d.deleted_at
FROM dialogue d JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO dialogue_item_aud (id, rev, revtype, dialogue_id, number, text, raised_by, status, answer,
                               responsible_organization_id, due_date, commitment, task_id, created_at, deleted_at)
SELECT i.id, r.id, 0, i.dialogue_id, i.number, i.text, i.raised_by, i.status, i.answer, i.responsible_organization_id,
       i.due_date, i.commitment, i.task_id, i.created_at, i.deleted_at
FROM dialogue_item i JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO front_recommendation_aud (id, rev, revtype, issuing_organization_id, level_organization_id, number_symbol,
                                      issued_on, kind, subject, demo, created_at, deleted_at)
SELECT f.id, r.id, 0, f.issuing_organization_id, f.level_organization_id, f.number_symbol, f.issued_on, f.kind,
       f.subject, f.demo, f.created_at, f.deleted_at
FROM front_recommendation f JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO front_recommendation_item_aud (id, rev, revtype, recommendation_id, number, text, responsible_organization_id,
                                           due_date, deadline_basis, outcome, answer, answered_on, answered_by)
SELECT i.id, r.id, 0, i.recommendation_id, i.number, i.text, i.responsible_organization_id, i.due_date,
       i.deadline_basis, i.outcome, i.answer, i.answered_on, i.answered_by
FROM front_recommendation_item i JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO grassroots_disclosure_aud (id, rev, revtype, organization_id, duty_code, title, content, forms, approved_on,
                                       starts_on, ends_on, period_year, late, created_at, deleted_at)
SELECT d.id, r.id, 0, d.organization_id, d.duty_code, d.title, d.content, d.forms, d.approved_on, d.starts_on,
       d.ends_on, d.period_year, d.late, d.created_at, d.deleted_at
FROM grassroots_disclosure d JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO grassroots_consultation_aud (id, rev, revtype, organization_id, duty_code, kind, question, opens_on,
                                         closes_on, status, outcome, adopted_option, decision, decided_on, created_at,
                                         deleted_at)
SELECT c.id, r.id, 0, c.organization_id, c.duty_code, c.kind, c.question, c.opens_on, c.closes_on, c.status, c.outcome,
       c.adopted_option, c.decision, c.decided_on, c.created_at, c.deleted_at
FROM grassroots_consultation c JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO grassroots_hamlet_result_aud (id, rev, revtype, consultation_id, hamlet, held_on, method, households,
                                          households_taking_part, votes)
SELECT h.id, r.id, 0, h.consultation_id, h.hamlet, h.held_on, h.method, h.households, h.households_taking_part, h.votes
FROM grassroots_hamlet_result h JOIN audit_revision r ON r.request_id = 'V82-baseline';

INSERT INTO grassroots_finding_aud (id, rev, revtype, organization_id, found_on, subject, finding, recommendation,
                                    status, handling, handled_on, created_at, deleted_at)
SELECT f.id, r.id, 0, f.organization_id, f.found_on, f.subject, f.finding, f.recommendation, f.status, f.handling,
       f.handled_on, f.created_at, f.deleted_at
FROM grassroots_finding f JOIN audit_revision r ON r.request_id = 'V82-baseline';
