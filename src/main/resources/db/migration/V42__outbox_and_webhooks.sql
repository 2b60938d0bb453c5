-- The transactional outbox (platform/outbox): an event is written in the transaction of the change it describes, so
-- it exists exactly when the change does. seq is the commit order of the events of one record (its row is locked by
-- the change before the event is written); relayed_at is set when the relay has handed the event on.
CREATE TABLE outbox_event (
    seq          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id           BINARY(16) NOT NULL,
    type         VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject_id   BINARY(16) NOT NULL,
    -- Only this party may receive it (the client account a petition came from); NULL for public events.
    audience     VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    payload      MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    relayed_at   DATETIME(6) NULL,
    CONSTRAINT uk_outbox_event_id UNIQUE (id),
    INDEX ix_outbox_event_unrelayed (relayed_at, seq),
    INDEX ix_outbox_event_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The relay holds this row's lock while it hands events on, so that instances relay one after another, in order.
INSERT INTO job_lease (job, holder, leased_until) VALUES ('outbox-relay', NULL, '2000-01-01 00:00:00');

-- Đăng ký nhận sự kiện: a machine client's address for events. The secret is sealed with the personal-data key (it
-- must be read back to sign); the previous one stays valid for a while after a rotation.
CREATE TABLE webhook_subscription (
    id                      BINARY(16) NOT NULL PRIMARY KEY,
    owner_id                BINARY(16) NOT NULL,
    url                     VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    event_types             VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    description             VARCHAR(500) NULL,
    secret_sealed           VARBINARY(255) NOT NULL,
    previous_secret_sealed  VARBINARY(255) NULL,
    previous_secret_until   DATETIME(6) NULL,
    created_at              DATETIME(6) NOT NULL,
    updated_at              DATETIME(6) NOT NULL,
    version                 BIGINT NOT NULL,
    change_seq              BIGINT NOT NULL,
    deleted_at              DATETIME(6) NULL,
    CONSTRAINT fk_webhook_subscription_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    INDEX ix_webhook_subscription_owner (owner_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One event for one subscription. A row is claimed by an instance with a conditional UPDATE (claim_token,
-- claimed_until) before its HTTP request, and its result written after it, each in a short transaction of its own.
CREATE TABLE webhook_delivery (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    subscription_id  BINARY(16) NOT NULL,
    event_id         BINARY(16) NOT NULL,
    event_seq        BIGINT NOT NULL,
    event_type       VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject_id       BINARY(16) NOT NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempt_count    INT NOT NULL,
    next_attempt_at  DATETIME(6) NOT NULL,
    claim_token      BINARY(16) NULL,
    claimed_until    DATETIME(6) NULL,
    created_at       DATETIME(6) NOT NULL,
    finished_at      DATETIME(6) NULL,
    CONSTRAINT uk_webhook_delivery_event UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    INDEX ix_webhook_delivery_subject (subscription_id, subject_id, status, event_seq),
    INDEX ix_webhook_delivery_log (subscription_id, created_at),
    INDEX ix_webhook_delivery_finished (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The delivery log: every HTTP attempt, with its answer or error (as a message key, shown in the reader's language).
CREATE TABLE webhook_attempt (
    id            BINARY(16) NOT NULL PRIMARY KEY,
    delivery_id   BINARY(16) NOT NULL,
    number        INT NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    duration_ms   BIGINT NOT NULL,
    status_code   INT NULL,
    error_key     VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NULL,
    error_detail  VARCHAR(300) NULL,
    CONSTRAINT uk_webhook_attempt_number UNIQUE (delivery_id, number),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
