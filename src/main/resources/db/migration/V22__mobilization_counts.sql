-- Counts of the models kept up to date by triggers, so that province-wide statistics (coordinators, the
-- portal, system administrators) read a few hundred summary rows instead of grouping every model: with
-- 100,000 models the grouped queries cost tens of milliseconds each (docs/performance.md). Statistics of a
-- smaller subtree still group the live rows (few). Every count covers live rows (deleted_at IS NULL).

-- By province and every statistics dimension.
CREATE TABLE mobilization_count_province (
    province_id        BINARY(16) NOT NULL,
    phase              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registration_year  INT NOT NULL,
    field              VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind               VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    level              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    models             INT NOT NULL,
    replications       INT NOT NULL,
    PRIMARY KEY (province_id, phase, registration_year, field, kind, level, status)
) ENGINE = InnoDB;

-- By registering organisation and year (byOrganization with a phase or year filter).
CREATE TABLE mobilization_count_organization_year (
    organization_id    BINARY(16) NOT NULL,
    phase              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registration_year  INT NOT NULL,
    province_id        BINARY(16) NOT NULL,
    models             INT NOT NULL,
    recognized         INT NOT NULL,
    replications       INT NOT NULL,
    PRIMARY KEY (organization_id, phase, registration_year),
    INDEX ix_mobilization_count_org_year_province (province_id, phase, registration_year)
) ENGINE = InnoDB;

-- By registering organisation, all years (byOrganization without filters: the top units straight from the index).
CREATE TABLE mobilization_count_organization (
    organization_id    BINARY(16) NOT NULL PRIMARY KEY,
    province_id        BINARY(16) NOT NULL,
    models             INT NOT NULL,
    recognized         INT NOT NULL,
    replications       INT NOT NULL,
    INDEX ix_mobilization_count_org_province_models (province_id, models DESC, organization_id),
    INDEX ix_mobilization_count_org_models (models DESC, organization_id)
) ENGINE = InnoDB;

-- Replications per original, by the province, phase and year of the replicating models (replicatedModels).
CREATE TABLE mobilization_count_original (
    original_id        BINARY(16) NOT NULL,
    province_id        BINARY(16) NOT NULL,
    phase              VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registration_year  INT NOT NULL,
    replications       INT NOT NULL,
    PRIMARY KEY (province_id, phase, registration_year, original_id)
) ENGINE = InnoDB;

-- Adds d (1 or -1) for one live model to every count.
CREATE PROCEDURE mobilization_count_apply(IN d INT, IN p_province BINARY(16), IN p_org BINARY(16),
        IN p_phase VARCHAR(20), IN p_year INT, IN p_field VARCHAR(30), IN p_kind VARCHAR(30), IN p_level VARCHAR(20),
        IN p_status VARCHAR(20), IN p_original BINARY(16))
BEGIN
    DECLARE rep INT DEFAULT IF(p_original IS NULL, 0, 1);
    DECLARE rec INT DEFAULT IF(p_status IN ('RECOGNIZED', 'OUTSTANDING', 'COMMENDED'), 1, 0);
    INSERT INTO mobilization_count_province (province_id, phase, registration_year, field, kind, level, status,
                                             models, replications)
        VALUES (p_province, p_phase, p_year, p_field, p_kind, p_level, p_status, d, d * rep)
        ON DUPLICATE KEY UPDATE models = models + d, replications = replications + d * rep;
    INSERT INTO mobilization_count_organization_year (organization_id, phase, registration_year, province_id,
                                                      models, recognized, replications)
        VALUES (p_org, p_phase, p_year, p_province, d, d * rec, d * rep)
        ON DUPLICATE KEY UPDATE models = models + d, recognized = recognized + d * rec,
                                replications = replications + d * rep;
    INSERT INTO mobilization_count_organization (organization_id, province_id, models, recognized, replications)
        VALUES (p_org, p_province, d, d * rec, d * rep)
        ON DUPLICATE KEY UPDATE models = models + d, recognized = recognized + d * rec,
                                replications = replications + d * rep;
    IF p_original IS NOT NULL THEN
        INSERT INTO mobilization_count_original (original_id, province_id, phase, registration_year, replications)
            VALUES (p_original, p_province, p_phase, p_year, d)
            ON DUPLICATE KEY UPDATE replications = replications + d;
    END IF;
END;

CREATE TRIGGER mobilization_model_counted_insert AFTER INSERT ON mobilization_model FOR EACH ROW
BEGIN
    IF NEW.deleted_at IS NULL THEN
        CALL mobilization_count_apply(1, NEW.province_id, NEW.organization_id, NEW.phase, NEW.registration_year,
                                      NEW.field, NEW.kind, NEW.level, NEW.status, NEW.replication_of_id);
    END IF;
END;

CREATE TRIGGER mobilization_model_counted_update AFTER UPDATE ON mobilization_model FOR EACH ROW
BEGIN
    IF NOT (OLD.deleted_at <=> NEW.deleted_at AND OLD.province_id <=> NEW.province_id
            AND OLD.organization_id <=> NEW.organization_id AND OLD.phase <=> NEW.phase
            AND OLD.registration_year <=> NEW.registration_year AND OLD.field <=> NEW.field
            AND OLD.kind <=> NEW.kind AND OLD.level <=> NEW.level AND OLD.status <=> NEW.status
            AND OLD.replication_of_id <=> NEW.replication_of_id) THEN
        IF OLD.deleted_at IS NULL THEN
            CALL mobilization_count_apply(-1, OLD.province_id, OLD.organization_id, OLD.phase, OLD.registration_year,
                                          OLD.field, OLD.kind, OLD.level, OLD.status, OLD.replication_of_id);
        END IF;
        IF NEW.deleted_at IS NULL THEN
            CALL mobilization_count_apply(1, NEW.province_id, NEW.organization_id, NEW.phase, NEW.registration_year,
                                          NEW.field, NEW.kind, NEW.level, NEW.status, NEW.replication_of_id);
        END IF;
    END IF;
END;

CREATE TRIGGER mobilization_model_counted_delete AFTER DELETE ON mobilization_model FOR EACH ROW
BEGIN
    IF OLD.deleted_at IS NULL THEN
        CALL mobilization_count_apply(-1, OLD.province_id, OLD.organization_id, OLD.phase, OLD.registration_year,
                                      OLD.field, OLD.kind, OLD.level, OLD.status, OLD.replication_of_id);
    END IF;
END;

-- Models that exist already (an upgraded database).
INSERT INTO mobilization_count_province (province_id, phase, registration_year, field, kind, level, status, models,
                                         replications)
    SELECT province_id, phase, registration_year, field, kind, level, status, COUNT(*), COUNT(replication_of_id)
    FROM mobilization_model WHERE deleted_at IS NULL
    GROUP BY province_id, phase, registration_year, field, kind, level, status;
INSERT INTO mobilization_count_organization_year (organization_id, phase, registration_year, province_id, models,
                                                  recognized, replications)
    SELECT organization_id, phase, registration_year, MIN(province_id), COUNT(*),
           SUM(status IN ('RECOGNIZED', 'OUTSTANDING', 'COMMENDED')), COUNT(replication_of_id)
    FROM mobilization_model WHERE deleted_at IS NULL GROUP BY organization_id, phase, registration_year;
INSERT INTO mobilization_count_organization (organization_id, province_id, models, recognized, replications)
    SELECT organization_id, MIN(province_id), COUNT(*), SUM(status IN ('RECOGNIZED', 'OUTSTANDING', 'COMMENDED')),
           COUNT(replication_of_id)
    FROM mobilization_model WHERE deleted_at IS NULL GROUP BY organization_id;
INSERT INTO mobilization_count_original (original_id, province_id, phase, registration_year, replications)
    SELECT replication_of_id, province_id, phase, registration_year, COUNT(*)
    FROM mobilization_model WHERE deleted_at IS NULL AND replication_of_id IS NOT NULL
    GROUP BY replication_of_id, province_id, phase, registration_year;
