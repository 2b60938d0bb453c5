-- byOrganization with a year filter (the common one: "this year's models") groups the per-year counts of one
-- province and year by organisation: with this covering index the group-by reads the index in order,
-- without a temporary table (docs/performance.md).
CREATE INDEX ix_mobilization_count_org_year_province_year
    ON mobilization_count_organization_year (province_id, registration_year, organization_id, phase, models,
                                             recognized, replications);
