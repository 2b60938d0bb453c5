-- A registration window reopened for one unit (gia hạn đăng ký): late registrations from that unit and the units under
-- it are accepted until open_until, with the reason; the window stays as it is for the rest of the province.
CREATE TABLE mobilization_registration_reopening (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    window_id       BINARY(16) NOT NULL,
    organization_id BINARY(16) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    open_until      DATE NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT NOT NULL,
    change_seq      BIGINT NOT NULL,
    deleted_at      DATETIME(6) NULL,
    -- One live reopening per window and unit.
    live_key        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin
        AS (CASE WHEN deleted_at IS NULL THEN CONCAT(HEX(window_id), ':', HEX(organization_id)) END) STORED,
    CONSTRAINT uk_mobilization_reopening_live UNIQUE (live_key),
    CONSTRAINT fk_mobilization_reopening_window FOREIGN KEY (window_id) REFERENCES mobilization_registration_window (id),
    CONSTRAINT fk_mobilization_reopening_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_mobilization_reopening_window (window_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
