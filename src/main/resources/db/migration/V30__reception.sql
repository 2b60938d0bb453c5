-- Citizen reception (tiếp công dân), cases (vụ việc), legal deadline rules, the online petitions of the
-- provincial portal and the log of reads of unmasked personal data (issue 6).
-- Text columns use utf8mb4_unicode_520_ci (accent-insensitive search, đ = d); codes are ascii_bin.

-- Rules about reception itself that change with the law, with their effective dates, e.g. from
-- 1 July 2026 (Luật 136/2025/QH15) the head receives in person and may not delegate to a deputy.
CREATE TABLE reception_rule (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    code            VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    parameter       INT NULL,
    effective_from  DATE NOT NULL,
    effective_to    DATE NULL,
    legal_basis     VARCHAR(500) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT NOT NULL,
    change_seq      BIGINT NOT NULL,
    deleted_at      DATETIME(6) NULL,
    INDEX ix_reception_rule_code (code, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Time limits of resolution (kind, instance, complex, remote area → days), with effective dates:
-- a change of law is a new row.
CREATE TABLE deadline_rule (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    kind            VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    instance        VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    complex         BOOLEAN NOT NULL,
    remote_area     BOOLEAN NOT NULL,
    days            INT NOT NULL,
    extension_days  INT NOT NULL,
    max_extensions  INT NOT NULL,
    effective_from  DATE NOT NULL,
    effective_to    DATE NULL,
    legal_basis     VARCHAR(500) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT NOT NULL,
    change_seq      BIGINT NOT NULL,
    deleted_at      DATETIME(6) NULL,
    INDEX ix_deadline_rule_match (kind, instance, complex, remote_area, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Lịch tiếp công dân: sessions of the regular office, periodic days of heads, ad-hoc sessions.
CREATE TABLE reception_schedule (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    session_type     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    session_date     DATE NOT NULL,
    start_time       TIME NOT NULL,
    end_time         TIME NOT NULL,
    place            VARCHAR(500) NOT NULL,
    host_name        VARCHAR(150) NOT NULL,
    host_position    VARCHAR(150) NOT NULL,
    delegated        BOOLEAN NOT NULL,
    published        BOOLEAN NOT NULL,
    outcome          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome_note     VARCHAR(1000) NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    INDEX ix_schedule_org_date (organization_id, session_date),
    INDEX ix_schedule_date (session_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One entry of the reception book (Sổ tiếp công dân, Mẫu số 03, Thông tư 04/2021/TT-TTCP).
CREATE TABLE reception (
    id                      BINARY(16) NOT NULL PRIMARY KEY,
    organization_id         BINARY(16) NOT NULL,
    received_on             DATE NOT NULL,
    reception_type          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    channel                 VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    schedule_id             BINARY(16) NULL,
    head_received           BOOLEAN NOT NULL,
    kind                    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    domain                  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    people_count            INT NOT NULL,
    -- The first citizen's name, for search and sorting (the citizens themselves: reception_citizen).
    lead_citizen_name       VARCHAR(150) NOT NULL,
    content                 VARCHAR(4000) NOT NULL,
    previously_handled_by   VARCHAR(500) NULL,
    handling                VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    transferred_to_id       BINARY(16) NULL,
    transferred_to_name     VARCHAR(255) NULL,
    concerned_commune_id    BINARY(16) NULL,
    concerned_address       VARCHAR(500) NULL,
    flag_mass               BOOLEAN NOT NULL,
    flag_level_skipping     BOOLEAN NOT NULL,
    flag_repeated           BOOLEAN NOT NULL,
    flag_prolonged          BOOLEAN NOT NULL,
    flag_complex            BOOLEAN NOT NULL,
    earlier_reception_id    BINARY(16) NULL,
    earlier_match           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    national_case_number    VARCHAR(50) CHARACTER SET ascii COLLATE ascii_bin NULL,
    follow_up               VARCHAR(2000) NULL,
    notes                   VARCHAR(2000) NULL,
    demo                    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at              DATETIME(6) NOT NULL,
    updated_at              DATETIME(6) NOT NULL,
    version                 BIGINT NOT NULL,
    change_seq              BIGINT NOT NULL,
    deleted_at              DATETIME(6) NULL,
    -- Lists are newest first with the ID as tie-breaker (ORDER BY received_on DESC, id ASC): descending
    -- date columns let the database read them in index order and stop after one page, even across a
    -- province (MariaDB ≥ 10.8 and MySQL 8 honour DESC in an index).
    -- The book and the lists of one unit.
    INDEX ix_reception_org_date (organization_id, received_on DESC, id),
    -- Lists across the scope.
    INDEX ix_reception_date (received_on DESC, id),
    -- The place concerned: per commune lists by date and repeat suggestions by subject.
    INDEX ix_reception_commune_date (concerned_commune_id, received_on DESC, id),
    -- Hot spots read only this index (covering): window, place, domain, flags, unit.
    INDEX ix_reception_hotspot (received_on, concerned_commune_id, domain, flag_mass, flag_level_skipping,
                                flag_repeated, flag_prolonged, people_count, organization_id, deleted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The citizen, or the representatives of a mass case (at most five). The ID number is encrypted
-- (AES-GCM) and found by exact number through a keyed hash (HMAC-SHA-256).
CREATE TABLE reception_citizen (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    reception_id    BINARY(16) NOT NULL,
    position        INT NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    address         VARCHAR(500) NULL,
    phone           VARCHAR(20) NULL,
    id_type         VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    id_number_enc   VARBINARY(128) NULL,
    id_number_hash  BINARY(32) NULL,
    representative  BOOLEAN NOT NULL,
    CONSTRAINT uk_reception_citizen_position UNIQUE (reception_id, position),
    INDEX ix_reception_citizen_hash (id_number_hash),
    INDEX ix_reception_citizen_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Cán bộ tiếp công dân: the officials who received.
CREATE TABLE reception_official (
    reception_id  BINARY(16) NOT NULL,
    position      INT NOT NULL,
    name          VARCHAR(150) NOT NULL,
    PRIMARY KEY (reception_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Vụ việc: what was accepted for resolution (thụ lý), one per reception.
CREATE TABLE reception_case (
    id                    BINARY(16) NOT NULL PRIMARY KEY,
    reception_id          BINARY(16) NOT NULL,
    organization_id       BINARY(16) NOT NULL,
    kind                  VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    domain                VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    instance              VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    complex               BOOLEAN NOT NULL,
    remote_area           BOOLEAN NOT NULL,
    received_on           DATE NOT NULL,
    accepted_on           DATE NULL,
    status                VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    deadline_rule_id      BINARY(16) NULL,
    deadline              DATE NULL,
    extension_count       INT NOT NULL,
    decision_number       VARCHAR(50) NULL,
    decided_on            DATE NULL,
    decision_summary      VARCHAR(2000) NULL,
    result_public         BOOLEAN NOT NULL,
    public_summary        VARCHAR(2000) NULL,
    closed_on             DATE NULL,
    demo                  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6) NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    version               BIGINT NOT NULL,
    change_seq            BIGINT NOT NULL,
    deleted_at            DATETIME(6) NULL,
    CONSTRAINT uk_case_reception UNIQUE (reception_id),
    INDEX ix_case_org_status (organization_id, status, deadline),
    INDEX ix_case_deadline (status, deadline),
    INDEX ix_case_public (result_public, decided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Gia hạn giải quyết tố cáo: each extension with its written decision.
CREATE TABLE case_extension (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    case_id          BINARY(16) NOT NULL,
    position         INT NOT NULL,
    decision_number  VARCHAR(50) NOT NULL,
    decided_on       DATE NOT NULL,
    days             INT NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_case_extension_position UNIQUE (case_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Chuyển vụ việc: each transfer between organisations, kept as history.
CREATE TABLE case_transfer (
    id                 BINARY(16) NOT NULL PRIMARY KEY,
    case_id            BINARY(16) NOT NULL,
    from_org_id        BINARY(16) NOT NULL,
    to_org_id          BINARY(16) NOT NULL,
    transferred_on     DATE NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    actor_id           VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    INDEX ix_case_transfer_case (case_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every change of status of a case.
CREATE TABLE case_status_change (
    id            BINARY(16) NOT NULL PRIMARY KEY,
    case_id       BINARY(16) NOT NULL,
    from_status   VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    to_status     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    changed_on    DATE NOT NULL,
    note          VARCHAR(1000) NULL,
    actor_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    INDEX ix_case_status_change_case (case_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Petitions forwarded by the provincial portal: idempotent on the portal's own reference; the
-- citizen follows it with the tracking code and a secret (derived with the personal-data key,
-- never stored).
CREATE TABLE portal_petition (
    id                BINARY(16) NOT NULL PRIMARY KEY,
    client_id         VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    portal_reference  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    request_hash      CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reception_id      BINARY(16) NOT NULL,
    tracking_code     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT uk_portal_petition_reference UNIQUE (client_id, portal_reference),
    CONSTRAINT uk_portal_petition_tracking UNIQUE (tracking_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who read unmasked personal data of which reception, when and how. Rows are only ever inserted.
CREATE TABLE personal_data_access (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    accessed_at   DATETIME(6) NOT NULL,
    actor_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    actor_name    VARCHAR(255) NOT NULL,
    actor_roles   VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reception_id  BINARY(16) NOT NULL,
    purpose       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source_ip     VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NULL,
    INDEX ix_personal_data_access_reception (reception_id, accessed_at),
    INDEX ix_personal_data_access_actor (actor_id, accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Preloaded rules (Luật Khiếu nại 2011, Điều 28 and 37; Luật Tố cáo 2018, Điều 30; Luật 136/2025/QH15).
INSERT INTO deadline_rule (id, kind, instance, complex, remote_area, days, extension_days, max_extensions,
                           effective_from, effective_to, legal_basis, created_at, updated_at, version, change_seq)
VALUES
 (UNHEX('0d1e0a0100000000000000000000000a'), 'COMPLAINT', 'FIRST',  FALSE, FALSE, 30, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 28', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000000b'), 'COMPLAINT', 'FIRST',  TRUE,  FALSE, 45, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 28', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000000c'), 'COMPLAINT', 'FIRST',  FALSE, TRUE,  45, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 28', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000000d'), 'COMPLAINT', 'FIRST',  TRUE,  TRUE,  60, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 28', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000001a'), 'COMPLAINT', 'SECOND', FALSE, FALSE, 45, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 37', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000001b'), 'COMPLAINT', 'SECOND', TRUE,  FALSE, 60, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 37', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000001c'), 'COMPLAINT', 'SECOND', FALSE, TRUE,  60, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 37', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000001d'), 'COMPLAINT', 'SECOND', TRUE,  TRUE,  70, 0, 0, '2012-07-01', NULL, 'Luật Khiếu nại 2011, Điều 37', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000002a'), 'DENUNCIATION', 'FIRST', FALSE, FALSE, 30, 30, 2, '2019-01-01', NULL, 'Luật Tố cáo 2018, Điều 30', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000002b'), 'DENUNCIATION', 'FIRST', TRUE,  FALSE, 30, 30, 2, '2019-01-01', NULL, 'Luật Tố cáo 2018, Điều 30', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000002c'), 'DENUNCIATION', 'FIRST', FALSE, TRUE,  30, 30, 2, '2019-01-01', NULL, 'Luật Tố cáo 2018, Điều 30', NOW(6), NOW(6), 0, 0),
 (UNHEX('0d1e0a0100000000000000000000002d'), 'DENUNCIATION', 'FIRST', TRUE,  TRUE,  30, 30, 2, '2019-01-01', NULL, 'Luật Tố cáo 2018, Điều 30', NOW(6), NOW(6), 0, 0);

INSERT INTO reception_rule (id, code, parameter, effective_from, effective_to, legal_basis, created_at, updated_at, version, change_seq)
VALUES (UNHEX('0d1e0b0100000000000000000000000a'), 'HEAD_RECEIVES_IN_PERSON', NULL, '2026-07-01', NULL,
        'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân: người đứng đầu trực tiếp tiếp công dân định kỳ, không ủy quyền cho cấp phó',
        NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0b0100000000000000000000000b'), 'ACCEPTANCE_LIMIT_DAYS', 10, '2012-07-01', NULL,
        'Luật Khiếu nại 2011, Điều 27: thụ lý hoặc không thụ lý trong 10 ngày kể từ ngày nhận đơn',
        NOW(6), NOW(6), 0, 0);
