-- The audit trail (Hibernate Envers, see V4__audit.sql and vn.danvan.platform.audit) for every record that has a
-- history in the API: directives, tasks, "Dân vận khéo" models, their registration windows and appraisal criteria,
-- receptions and their citizens, cases, reception schedules, deadline rules and reception rules.
--
-- Each *_aud table mirrors its record's table except the bookkeeping that changes on every write and is not kept
-- (updated_at, version, change_seq, as SyncedEntity says), generated columns (issuer_key, live_marker, open_flag,
-- live_key), derived values (directive.issue_year) and the collections (recipients, coordinators, indicators,
-- scores, officials, extensions, transfers: they have their own dated rows or are shown with the record). All
-- columns nullable, as Envers writes them; no foreign key to the record: the trail outlives it.
--
-- A citizen's address, phone and ID number stay encrypted here exactly as in reception_citizen; the ID number's
-- search hash is not kept.

CREATE TABLE directive_aud (
    id                        BINARY(16) NOT NULL,
    rev                       BIGINT NOT NULL,
    revtype                   TINYINT NULL,
    type                      VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    issuer_organization_id    BINARY(16) NULL,
    external_issuer           VARCHAR(255) NULL,
    owner_organization_id     BINARY(16) NULL,
    number_symbol             VARCHAR(60) NULL,
    issue_date                DATE NULL,
    subject                   VARCHAR(1000) NULL,
    signer_name               VARCHAR(150) NULL,
    signer_position           VARCHAR(150) NULL,
    summary                   TEXT NULL,
    status                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    replaced_by_directive_id  BINARY(16) NULL,
    status_note               VARCHAR(2000) NULL,
    demo                      BOOLEAN NULL,
    created_at                DATETIME(6) NULL,
    deleted_at                DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_directive_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_directive_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE task_aud (
    id                         BINARY(16) NOT NULL,
    rev                        BIGINT NOT NULL,
    revtype                    TINYINT NULL,
    directive_id               BINARY(16) NULL,
    item_number                VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    parent_task_id             BINARY(16) NULL,
    series_id                  BINARY(16) NULL,
    -- task.assignment_id comes with V58 (one item assigned to many units); none of the baseline's tasks has one.
    assignment_id              BINARY(16) NULL,
    period_label               VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    period_start               DATE NULL,
    period_end                 DATE NULL,
    title                      VARCHAR(500) NULL,
    content                    TEXT NULL,
    priority                   VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NULL,
    assigning_organization_id  BINARY(16) NULL,
    lead_organization_id       BINARY(16) NULL,
    assignee_name              VARCHAR(150) NULL,
    assignee_user_id           BINARY(16) NULL,
    start_date                 DATE NULL,
    due_date                   DATE NULL,
    original_due_date          DATE NULL,
    status                     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    percent_done               INT NULL,
    reported_on                DATE NULL,
    report_text                TEXT NULL,
    accepted_on                DATE NULL,
    decision_note              VARCHAR(2000) NULL,
    demo                       BOOLEAN NULL,
    created_at                 DATETIME(6) NULL,
    deleted_at                 DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_task_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_task_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_model_aud (
    id                       BINARY(16) NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  TINYINT NULL,
    kind                     VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    field                    VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    level                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    organization_id          BINARY(16) NULL,
    province_id              BINARY(16) NULL,
    place_organization_id    BINARY(16) NULL,
    place_name               VARCHAR(255) NULL,
    phase                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    registration_year        INT NULL,
    title                    VARCHAR(300) NULL,
    objectives               TEXT NULL,
    method                   TEXT NULL,
    participants             TEXT NULL,
    beneficiaries            TEXT NULL,
    start_date               DATE NULL,
    planned_end_date         DATE NULL,
    in_charge_name           VARCHAR(150) NULL,
    in_charge_position       VARCHAR(150) NULL,
    in_charge_phone          VARCHAR(20) NULL,
    person_name              VARCHAR(150) NULL,
    person_position          VARCHAR(150) NULL,
    person_organization      VARCHAR(255) NULL,
    person_phone             VARCHAR(20) NULL,
    person_email             VARCHAR(254) NULL,
    person_contact_consent   BOOLEAN NULL,
    replication_of_id        BINARY(16) NULL,
    status                   VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    registered_at            DATETIME(6) NULL,
    appraiser_name           VARCHAR(200) NULL,
    appraised_on             DATE NULL,
    appraisal_comment        TEXT NULL,
    appraisal_total          INT NULL,
    appraisal_max_total      INT NULL,
    recognition_level        VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    recognition_decision     VARCHAR(100) NULL,
    recognition_date         DATE NULL,
    recognition_authority    VARCHAR(255) NULL,
    rejection_reason         TEXT NULL,
    rejected_on              DATE NULL,
    outstanding_on           DATE NULL,
    outstanding_note         TEXT NULL,
    commendation_form        VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    commendation_level       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    commendation_authority   VARCHAR(255) NULL,
    commendation_decision    VARCHAR(100) NULL,
    commendation_date        DATE NULL,
    return_reason            TEXT NULL,
    withdrawal_reason        TEXT NULL,
    published_at             DATETIME(6) NULL,
    demo                     BOOLEAN NULL,
    created_at               DATETIME(6) NULL,
    deleted_at               DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mobilization_model_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_mobilization_model_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_registration_window_aud (
    id             BINARY(16) NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT NULL,
    province_id    BINARY(16) NULL,
    phase          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    year           INT NULL,
    opens_on       DATE NULL,
    closes_on      DATE NULL,
    report_due_on  DATE NULL,
    note           VARCHAR(1000) NULL,
    created_at     DATETIME(6) NULL,
    deleted_at     DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mobilization_window_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_mobilization_window_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mobilization_appraisal_criterion_aud (
    id             BINARY(16) NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT NULL,
    province_id    BINARY(16) NULL,
    phase          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    code           VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    name           VARCHAR(200) NULL,
    description    VARCHAR(2000) NULL,
    min_score      INT NULL,
    max_score      INT NULL,
    sort_order     INT NULL,
    created_at     DATETIME(6) NULL,
    deleted_at     DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mobilization_criterion_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_mobilization_criterion_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_aud (
    id                      BINARY(16) NOT NULL,
    rev                     BIGINT NOT NULL,
    revtype                 TINYINT NULL,
    organization_id         BINARY(16) NULL,
    received_on             DATE NULL,
    reception_type          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    channel                 VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    schedule_id             BINARY(16) NULL,
    head_received           BOOLEAN NULL,
    kind                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    domain                  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    people_count            INT NULL,
    lead_citizen_name       VARCHAR(150) NULL,
    content                 VARCHAR(4000) NULL,
    previously_handled_by   VARCHAR(500) NULL,
    handling                VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    transferred_to_id       BINARY(16) NULL,
    transferred_to_name     VARCHAR(255) NULL,
    concerned_commune_id    BINARY(16) NULL,
    concerned_address       VARCHAR(500) NULL,
    flag_mass               BOOLEAN NULL,
    flag_level_skipping     BOOLEAN NULL,
    flag_repeated           BOOLEAN NULL,
    flag_prolonged          BOOLEAN NULL,
    flag_complex            BOOLEAN NULL,
    earlier_reception_id    BINARY(16) NULL,
    earlier_match           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    national_case_number    VARCHAR(50) CHARACTER SET ascii COLLATE ascii_bin NULL,
    follow_up               VARCHAR(2000) NULL,
    notes                   VARCHAR(2000) NULL,
    demo                    BOOLEAN NULL,
    created_at              DATETIME(6) NULL,
    deleted_at              DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reception_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_reception_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A reception's citizens, part of its history: their revisions are found by reception_id.
CREATE TABLE reception_citizen_aud (
    id              BINARY(16) NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    reception_id    BINARY(16) NULL,
    position        INT NULL,
    full_name       VARCHAR(150) NULL,
    address_enc     VARBINARY(2048) NULL,
    phone_enc       VARBINARY(128) NULL,
    id_type         VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    id_number_enc   VARBINARY(128) NULL,
    representative  BOOLEAN NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reception_citizen_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_reception_citizen_aud_rev (rev),
    INDEX ix_reception_citizen_aud_reception (reception_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_case_aud (
    id                    BINARY(16) NOT NULL,
    rev                   BIGINT NOT NULL,
    revtype               TINYINT NULL,
    reception_id          BINARY(16) NULL,
    organization_id       BINARY(16) NULL,
    kind                  VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    domain                VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    instance              VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NULL,
    complex               BOOLEAN NULL,
    remote_area           BOOLEAN NULL,
    received_on           DATE NULL,
    accepted_on           DATE NULL,
    status                VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    deadline_rule_id      BINARY(16) NULL,
    deadline              DATE NULL,
    extension_count       INT NULL,
    decision_number       VARCHAR(50) NULL,
    decided_on            DATE NULL,
    decision_summary      VARCHAR(2000) NULL,
    result_public         BOOLEAN NULL,
    public_summary        VARCHAR(2000) NULL,
    closed_on             DATE NULL,
    demo                  BOOLEAN NULL,
    created_at            DATETIME(6) NULL,
    deleted_at            DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reception_case_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_reception_case_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_schedule_aud (
    id               BINARY(16) NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT NULL,
    organization_id  BINARY(16) NULL,
    session_type     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    session_date     DATE NULL,
    start_time       TIME NULL,
    end_time         TIME NULL,
    place            VARCHAR(500) NULL,
    host_name        VARCHAR(150) NULL,
    host_position    VARCHAR(150) NULL,
    delegated        BOOLEAN NULL,
    published        BOOLEAN NULL,
    outcome          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    outcome_note     VARCHAR(1000) NULL,
    created_at       DATETIME(6) NULL,
    deleted_at       DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reception_schedule_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_reception_schedule_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE deadline_rule_aud (
    id              BINARY(16) NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    kind            VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    instance        VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NULL,
    complex         BOOLEAN NULL,
    remote_area     BOOLEAN NULL,
    days            INT NULL,
    extension_days  INT NULL,
    max_extensions  INT NULL,
    effective_from  DATE NULL,
    effective_to    DATE NULL,
    legal_basis     VARCHAR(500) NULL,
    created_at      DATETIME(6) NULL,
    deleted_at      DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_deadline_rule_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_deadline_rule_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_rule_aud (
    id              BINARY(16) NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT NULL,
    code            VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
    parameter       INT NULL,
    effective_from  DATE NULL,
    effective_to    DATE NULL,
    legal_basis     VARCHAR(500) NULL,
    created_at      DATETIME(6) NULL,
    deleted_at      DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reception_rule_aud_revision FOREIGN KEY (rev) REFERENCES audit_revision (id),
    INDEX ix_reception_rule_aud_rev (rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Records that exist already (a database created before this migration, such as the embedded run's) start their
-- history with one baseline revision by 'system' through the client 'migration-records' holding their current
-- state, like organisations in V4 and accounts in V5. Nothing is inserted on an empty database.
INSERT INTO audit_revision (revision_at, actor_id, actor_name, client_id)
SELECT UTC_TIMESTAMP(6), 'system', 'system', 'migration-records'
FROM DUAL
WHERE EXISTS (SELECT 1 FROM directive) OR EXISTS (SELECT 1 FROM task) OR EXISTS (SELECT 1 FROM mobilization_model)
   OR EXISTS (SELECT 1 FROM mobilization_registration_window) OR EXISTS (SELECT 1 FROM mobilization_appraisal_criterion)
   OR EXISTS (SELECT 1 FROM reception) OR EXISTS (SELECT 1 FROM reception_schedule)
   OR EXISTS (SELECT 1 FROM deadline_rule) OR EXISTS (SELECT 1 FROM reception_rule);

INSERT INTO directive_aud (id, rev, revtype, type, issuer_organization_id, external_issuer, owner_organization_id,
                           number_symbol, issue_date, subject, signer_name, signer_position, summary, status,
                           replaced_by_directive_id, status_note, demo, created_at, deleted_at)
SELECT d.id, r.id, 0, d.type, d.issuer_organization_id, d.external_issuer, d.owner_organization_id,
       d.number_symbol, d.issue_date, d.subject, d.signer_name, d.signer_position, d.summary, d.status,
       d.replaced_by_directive_id, d.status_note, d.demo, d.created_at, d.deleted_at
FROM directive d JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO task_aud (id, rev, revtype, directive_id, item_number, parent_task_id, series_id, period_label,
                      period_start, period_end, title, content, priority, assigning_organization_id,
                      lead_organization_id, assignee_name, assignee_user_id, start_date, due_date, original_due_date,
                      status, percent_done, reported_on, report_text, accepted_on, decision_note, demo, created_at,
                      deleted_at)
SELECT t.id, r.id, 0, t.directive_id, t.item_number, t.parent_task_id, t.series_id, t.period_label,
       t.period_start, t.period_end, t.title, t.content, t.priority, t.assigning_organization_id,
       t.lead_organization_id, t.assignee_name, t.assignee_user_id, t.start_date, t.due_date, t.original_due_date,
       t.status, t.percent_done, t.reported_on, t.report_text, t.accepted_on, t.decision_note, t.demo, t.created_at,
       t.deleted_at
FROM task t JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO mobilization_model_aud (id, rev, revtype, kind, field, level, organization_id, province_id,
        place_organization_id, place_name, phase, registration_year, title, objectives, method, participants,
        beneficiaries, start_date, planned_end_date, in_charge_name, in_charge_position, in_charge_phone, person_name,
        person_position, person_organization, person_phone, person_email, person_contact_consent, replication_of_id,
        status, registered_at, appraiser_name, appraised_on, appraisal_comment, appraisal_total, appraisal_max_total,
        recognition_level, recognition_decision, recognition_date, recognition_authority, rejection_reason,
        rejected_on, outstanding_on, outstanding_note, commendation_form, commendation_level, commendation_authority,
        commendation_decision, commendation_date, return_reason, withdrawal_reason, published_at, demo, created_at,
        deleted_at)
SELECT m.id, r.id, 0, m.kind, m.field, m.level, m.organization_id, m.province_id,
       m.place_organization_id, m.place_name, m.phase, m.registration_year, m.title, m.objectives, m.method,
       m.participants, m.beneficiaries, m.start_date, m.planned_end_date, m.in_charge_name, m.in_charge_position,
       m.in_charge_phone, m.person_name, m.person_position, m.person_organization, m.person_phone, m.person_email,
       m.person_contact_consent, m.replication_of_id, m.status, m.registered_at, m.appraiser_name, m.appraised_on,
       m.appraisal_comment, m.appraisal_total, m.appraisal_max_total, m.recognition_level, m.recognition_decision,
       m.recognition_date, m.recognition_authority, m.rejection_reason, m.rejected_on, m.outstanding_on,
       m.outstanding_note, m.commendation_form, m.commendation_level, m.commendation_authority,
       m.commendation_decision, m.commendation_date, m.return_reason, m.withdrawal_reason, m.published_at, m.demo,
       m.created_at, m.deleted_at
FROM mobilization_model m JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO mobilization_registration_window_aud (id, rev, revtype, province_id, phase, year, opens_on, closes_on,
                                                  report_due_on, note, created_at, deleted_at)
SELECT w.id, r.id, 0, w.province_id, w.phase, w.year, w.opens_on, w.closes_on, w.report_due_on, w.note,
       w.created_at, w.deleted_at
FROM mobilization_registration_window w JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO mobilization_appraisal_criterion_aud (id, rev, revtype, province_id, phase, code, name, description,
                                                  min_score, max_score, sort_order, created_at, deleted_at)
SELECT c.id, r.id, 0, c.province_id, c.phase, c.code, c.name, c.description, c.min_score, c.max_score, c.sort_order,
       c.created_at, c.deleted_at
FROM mobilization_appraisal_criterion c JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO reception_aud (id, rev, revtype, organization_id, received_on, reception_type, channel, schedule_id,
        head_received, kind, domain, people_count, lead_citizen_name, content, previously_handled_by, handling,
        transferred_to_id, transferred_to_name, concerned_commune_id, concerned_address, flag_mass,
        flag_level_skipping, flag_repeated, flag_prolonged, flag_complex, earlier_reception_id, earlier_match,
        national_case_number, follow_up, notes, demo, created_at, deleted_at)
SELECT x.id, r.id, 0, x.organization_id, x.received_on, x.reception_type, x.channel, x.schedule_id,
       x.head_received, x.kind, x.domain, x.people_count, x.lead_citizen_name, x.content, x.previously_handled_by,
       x.handling, x.transferred_to_id, x.transferred_to_name, x.concerned_commune_id, x.concerned_address,
       x.flag_mass, x.flag_level_skipping, x.flag_repeated, x.flag_prolonged, x.flag_complex,
       x.earlier_reception_id, x.earlier_match, x.national_case_number, x.follow_up, x.notes, x.demo, x.created_at,
       x.deleted_at
FROM reception x JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO reception_citizen_aud (id, rev, revtype, reception_id, position, full_name, address_enc, phone_enc,
                                   id_type, id_number_enc, representative)
SELECT c.id, r.id, 0, c.reception_id, c.position, c.full_name, c.address_enc, c.phone_enc, c.id_type,
       c.id_number_enc, c.representative
FROM reception_citizen c JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO reception_case_aud (id, rev, revtype, reception_id, organization_id, kind, domain, instance, complex,
        remote_area, received_on, accepted_on, status, deadline_rule_id, deadline, extension_count, decision_number,
        decided_on, decision_summary, result_public, public_summary, closed_on, demo, created_at, deleted_at)
SELECT c.id, r.id, 0, c.reception_id, c.organization_id, c.kind, c.domain, c.instance, c.complex, c.remote_area,
       c.received_on, c.accepted_on, c.status, c.deadline_rule_id, c.deadline, c.extension_count, c.decision_number,
       c.decided_on, c.decision_summary, c.result_public, c.public_summary, c.closed_on, c.demo, c.created_at,
       c.deleted_at
FROM reception_case c JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO reception_schedule_aud (id, rev, revtype, organization_id, session_type, session_date, start_time,
        end_time, place, host_name, host_position, delegated, published, outcome, outcome_note, created_at, deleted_at)
SELECT s.id, r.id, 0, s.organization_id, s.session_type, s.session_date, s.start_time, s.end_time, s.place,
       s.host_name, s.host_position, s.delegated, s.published, s.outcome, s.outcome_note, s.created_at, s.deleted_at
FROM reception_schedule s JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO deadline_rule_aud (id, rev, revtype, kind, instance, complex, remote_area, days, extension_days,
                               max_extensions, effective_from, effective_to, legal_basis, created_at, deleted_at)
SELECT d.id, r.id, 0, d.kind, d.instance, d.complex, d.remote_area, d.days, d.extension_days, d.max_extensions,
       d.effective_from, d.effective_to, d.legal_basis, d.created_at, d.deleted_at
FROM deadline_rule d JOIN audit_revision r ON r.client_id = 'migration-records';

INSERT INTO reception_rule_aud (id, rev, revtype, code, parameter, effective_from, effective_to, legal_basis,
                                created_at, deleted_at)
SELECT x.id, r.id, 0, x.code, x.parameter, x.effective_from, x.effective_to, x.legal_basis, x.created_at, x.deleted_at
FROM reception_rule x JOIN audit_revision r ON r.client_id = 'migration-records';
