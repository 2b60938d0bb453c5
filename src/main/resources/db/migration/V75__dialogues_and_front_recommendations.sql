-- Issue 24: dialogues with the people (đối thoại) and the Front's recommendations (kiến nghị của MTTQ).
-- Texts that are searched use the accent-folding collation of the table (utf8mb4_unicode_520_ci).

CREATE TABLE dialogue (
    id                      BINARY(16) NOT NULL PRIMARY KEY,
    organization_id         BINARY(16) NOT NULL,
    chair_user_id           BINARY(16) NOT NULL,
    chair_name              VARCHAR(150) NOT NULL,
    chair_position          VARCHAR(150) NULL,
    held_on                 DATE NOT NULL,
    place_kind              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    place                   VARCHAR(500) NOT NULL,
    place_organization_id   BINARY(16) NULL,
    subject                 VARCHAR(500) NOT NULL,
    status                  VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    minutes_attachment_id   BINARY(16) NULL,
    announcement            VARCHAR(2000) NULL,
    result_summary          VARCHAR(4000) NULL,
    cancellation_reason     VARCHAR(1000) NULL,
    demo                    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at              DATETIME(6) NOT NULL,
    updated_at              DATETIME(6) NOT NULL,
    version                 BIGINT NOT NULL,
    change_seq              BIGINT NOT NULL,
    deleted_at              DATETIME(6) NULL,
    INDEX ix_dialogue_org_date (organization_id, held_on),
    INDEX ix_dialogue_announced (held_on, announcement(1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE dialogue_participant (
    dialogue_id      BINARY(16) NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    PRIMARY KEY (dialogue_id, organization_id)
) ENGINE = InnoDB;

CREATE TABLE dialogue_group (
    dialogue_id  BINARY(16) NOT NULL,
    position     INT NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (dialogue_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Invited citizens: the phone only encrypted (as reception_citizen), the name as the minutes write it, never published.
CREATE TABLE dialogue_invitee (
    dialogue_id  BINARY(16) NOT NULL,
    position     INT NOT NULL,
    kind         VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(200) NOT NULL,
    phone_enc    VARBINARY(512) NULL,
    headcount    INT NULL,
    PRIMARY KEY (dialogue_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE dialogue_case (
    dialogue_id  BINARY(16) NOT NULL,
    case_id      BINARY(16) NOT NULL,
    PRIMARY KEY (dialogue_id, case_id)
) ENGINE = InnoDB;

CREATE TABLE dialogue_hotspot (
    dialogue_id  BINARY(16) NOT NULL,
    position     INT NOT NULL,
    commune_id   BINARY(16) NOT NULL,
    domain       VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (dialogue_id, position)
) ENGINE = InnoDB;

-- The opinions raised at a session; an assigned one is tracked by its task (task_id).
CREATE TABLE dialogue_item (
    id                           BINARY(16) NOT NULL PRIMARY KEY,
    dialogue_id                  BINARY(16) NOT NULL,
    number                       INT NOT NULL,
    text                         VARCHAR(4000) NOT NULL,
    raised_by                    VARCHAR(200) NULL,
    status                       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    answer                       VARCHAR(4000) NULL,
    responsible_organization_id  BINARY(16) NULL,
    due_date                     DATE NULL,
    commitment                   VARCHAR(2000) NULL,
    task_id                      BINARY(16) NULL,
    created_at                   DATETIME(6) NOT NULL,
    updated_at                   DATETIME(6) NOT NULL,
    version                      BIGINT NOT NULL,
    change_seq                   BIGINT NOT NULL,
    deleted_at                   DATETIME(6) NULL,
    UNIQUE INDEX ux_dialogue_item_number (dialogue_id, number),
    INDEX ix_dialogue_item_task (task_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A recommendation document of a Front committee or a socio-political organisation; level_organization_id is the unit
-- it stands beside (its parent), which replies.
CREATE TABLE front_recommendation (
    id                       BINARY(16) NOT NULL PRIMARY KEY,
    issuing_organization_id  BINARY(16) NOT NULL,
    level_organization_id    BINARY(16) NOT NULL,
    number_symbol            VARCHAR(50) NOT NULL,
    issued_on                DATE NOT NULL,
    kind                     VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject                  VARCHAR(1000) NOT NULL,
    answered_count           INT NOT NULL,
    item_count               INT NOT NULL,
    demo                     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at               DATETIME(6) NOT NULL,
    updated_at               DATETIME(6) NOT NULL,
    version                  BIGINT NOT NULL,
    change_seq               BIGINT NOT NULL,
    deleted_at               DATETIME(6) NULL,
    INDEX ix_front_rec_issuer (issuing_organization_id, issued_on),
    INDEX ix_front_rec_level (level_organization_id, issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE front_recommendation_item (
    id                           BINARY(16) NOT NULL PRIMARY KEY,
    recommendation_id            BINARY(16) NOT NULL,
    number                       INT NOT NULL,
    text                         VARCHAR(4000) NOT NULL,
    responsible_organization_id  BINARY(16) NOT NULL,
    due_date                     DATE NOT NULL,
    deadline_basis               VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome                      VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    answer                       VARCHAR(4000) NULL,
    answered_on                  DATE NULL,
    answered_by                  VARCHAR(100) NULL,
    UNIQUE INDEX ux_front_rec_item_number (recommendation_id, number),
    INDEX ix_front_rec_item_unit (responsible_organization_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
