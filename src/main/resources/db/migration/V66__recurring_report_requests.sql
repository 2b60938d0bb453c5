-- Recurring report requests (issue 22): the requests created together from one recurrence share a series.
ALTER TABLE report_request
    ADD COLUMN series_id BINARY(16) NULL,
    ADD INDEX ix_report_request_series (series_id);
