-- The photos a progress report shows: attachments of the model's photos (owner type mobilization-model-photo).
CREATE TABLE mobilization_progress_photo (
    report_id      BINARY(16) NOT NULL,
    position       INT NOT NULL,
    attachment_id  BINARY(16) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_mobilization_photo_report FOREIGN KEY (report_id) REFERENCES mobilization_progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
