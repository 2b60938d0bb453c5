-- Benchmark data for the "Dân vận khéo" models (issue 5): 100,000 models spread over every live
-- non-root organisation of the benchmark tree (about 5,000 units in 6 provinces, imported by bench/run.sh).
-- Deterministic (IDs from MD5 of the row number); run once against the benchmark database with the
-- MariaDB client:  mariadb -h 127.0.0.1 -P PORT -u root danvan < bench/mobilization/generate-models.sql
-- Uses MariaDB's Sequence engine (seq_1_to_100000). Statuses cycle through the lifecycle; a third of the
-- recognised ones are published; every tenth model replicates the model before it.
SET SESSION FOREIGN_KEY_CHECKS = 0;
SET @now = UTC_TIMESTAMP(6);

CREATE TEMPORARY TABLE bench_org AS
    SELECT id, tree_path, ROW_NUMBER() OVER (ORDER BY id) AS n
    FROM organization WHERE deleted_at IS NULL AND parent_id IS NOT NULL;
SET @orgs = (SELECT COUNT(*) FROM bench_org);

INSERT INTO mobilization_model (id, kind, field, level, organization_id, province_id, place_name, phase,
        registration_year, title, method, person_name, person_contact_consent, replication_of_id, status,
        registered_at, recognition_level, recognition_decision, recognition_date, published_at, demo,
        created_at, updated_at, version, change_seq)
SELECT UNHEX(MD5(CONCAT('bench-model-', s.seq))),
       IF(s.seq % 4 = 0, 'INDIVIDUAL_EXEMPLAR', 'COLLECTIVE_MODEL'),
       ELT(1 + s.seq % 4, 'ECONOMY', 'CULTURE_SOCIETY', 'DEFENSE_SECURITY', 'POLITICAL_SYSTEM'),
       IF(s.seq % 20 = 0, 'PROVINCIAL', 'GRASSROOTS'),
       o.id,
       UNHEX(SUBSTRING(o.tree_path, 2, 32)),
       CONCAT('Thôn ', ELT(1 + s.seq % 6, 'An Hòa', 'Mỹ Lai', 'Phước Lộc', 'Trường Thọ', 'Hải Ninh', 'Đông Yên')),
       'PHASE_2026_2030',
       2026 + s.seq % 5,
       CONCAT(ELT(1 + s.seq % 5, 'Dân vận khéo trong vận động hiến đất làm đường',
                  'Khu dân cư văn hóa, không rác thải nhựa', 'Tổ hòa giải gắn với tiếp công dân',
                  'Bộ phận một cửa thân thiện', 'Nông dân sản xuất giỏi giúp hộ nghèo'), ' số ', s.seq),
       'Cán bộ đến từng hộ, họp dân công khai phương án.',
       IF(s.seq % 4 = 0, CONCAT('Nguyễn Văn ', s.seq), NULL),
       s.seq % 8 = 0,
       IF(s.seq % 10 = 0, UNHEX(MD5(CONCAT('bench-model-', s.seq - 1))), NULL),
       ELT(1 + s.seq % 9, 'DRAFT', 'REGISTERED', 'APPRAISED', 'RECOGNIZED', 'NOT_RECOGNIZED', 'OUTSTANDING',
           'COMMENDED', 'RETURNED', 'WITHDRAWN'),
       IF(s.seq % 9 = 0, NULL, @now),
       IF(s.seq % 9 IN (3, 5, 6), 'GRASSROOTS', NULL),
       IF(s.seq % 9 IN (3, 5, 6), CONCAT(s.seq, '/QĐ-UBND'), NULL),
       IF(s.seq % 9 IN (3, 5, 6), DATE '2026-07-01', NULL),
       IF(s.seq % 9 IN (3, 5, 6) AND s.seq % 3 = 0, @now - INTERVAL s.seq SECOND, NULL),
       FALSE,
       @now - INTERVAL s.seq SECOND, @now - INTERVAL s.seq SECOND, 0, s.seq
FROM seq_1_to_100000 s
JOIN bench_org o ON o.n = 1 + (s.seq * 7919) % @orgs;

SET SESSION FOREIGN_KEY_CHECKS = 1;
ANALYZE TABLE mobilization_model;
