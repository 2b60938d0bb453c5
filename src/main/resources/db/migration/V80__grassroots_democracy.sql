-- Grassroots democracy at the commune (Luật Thực hiện dân chủ ở cơ sở 2022, Law 10/2022/QH15, in force 1 July 2023).
-- grassroots_duty is the catalogue kept as data with effective dates, like reception_rule (V30, V53): a change of law is
-- a new row of the code from a date, and the row in force ends the day before. The seeded figures are the author's
-- reading of the law; docs/grassroots-democracy.md says which are the law's and where an operator may adjust them.
CREATE TABLE grassroots_duty (
    id                    BINARY(16) NOT NULL PRIMARY KEY,
    code                  VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind                  VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title                 VARCHAR(500) NOT NULL,
    forms                 VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    disclose_within_days  INT NULL,
    min_posting_days      INT NULL,
    annual_due_on         CHAR(5) CHARACTER SET ascii COLLATE ascii_bin NULL,
    effective_from        DATE NOT NULL,
    effective_to          DATE NULL,
    legal_basis           VARCHAR(500) NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    version               BIGINT NOT NULL,
    change_seq            BIGINT NOT NULL,
    deleted_at            DATETIME(6) NULL,
    INDEX ix_grassroots_duty_code (code, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One disclosure a commune made (công khai): what, how, from when to when.
CREATE TABLE grassroots_disclosure (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    duty_code        VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title            VARCHAR(300) NOT NULL,
    content          VARCHAR(4000) NOT NULL,
    forms            VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    approved_on      DATE NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    period_year      INT NULL,
    late             BOOLEAN NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    INDEX ix_grassroots_disclosure_org (organization_id, duty_code, period_year),
    INDEX ix_grassroots_disclosure_dates (starts_on, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A matter put to the people (lấy ý kiến): to discuss and decide, or to comment on.
CREATE TABLE grassroots_consultation (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    duty_code        VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind             VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    question         VARCHAR(1000) NOT NULL,
    opens_on         DATE NOT NULL,
    closes_on        DATE NOT NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome          VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    adopted_option   INT NULL,
    decision         VARCHAR(2000) NULL,
    decided_on       DATE NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    INDEX ix_grassroots_consultation_org (organization_id, status, closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE grassroots_consultation_option (
    consultation_id  BINARY(16) NOT NULL,
    position         INT NOT NULL,
    label            VARCHAR(300) NOT NULL,
    PRIMARY KEY (consultation_id, position),
    CONSTRAINT fk_grassroots_option_consultation FOREIGN KEY (consultation_id) REFERENCES grassroots_consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One hamlet's meeting or ballot; votes per option as a comma list in the options' order.
CREATE TABLE grassroots_hamlet_result (
    id                      BINARY(16) NOT NULL PRIMARY KEY,
    consultation_id         BINARY(16) NOT NULL,
    position                INT NOT NULL,
    hamlet                  VARCHAR(200) NOT NULL,
    held_on                 DATE NOT NULL,
    method                  VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    households              INT NOT NULL,
    households_taking_part  INT NOT NULL,
    votes                   VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    UNIQUE KEY uq_grassroots_hamlet (consultation_id, hamlet),
    CONSTRAINT fk_grassroots_hamlet_consultation FOREIGN KEY (consultation_id) REFERENCES grassroots_consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A comment of the people and the commune's answer. The author's name and phone are personal data: encrypted
-- (PersonalDataCipher), never searched. A portal comment has a tracking code; its secret is derived, never stored.
CREATE TABLE grassroots_comment (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    consultation_id  BINARY(16) NOT NULL,
    organization_id  BINARY(16) NOT NULL,
    channel          VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    content          VARCHAR(2000) NOT NULL,
    received_on      DATE NOT NULL,
    author_name      VARBINARY(1024) NULL,
    author_phone     VARBINARY(512) NULL,
    tracking_code    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
    answer           VARCHAR(2000) NULL,
    answered_on      DATE NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    UNIQUE KEY uq_grassroots_comment_tracking (tracking_code),
    INDEX ix_grassroots_comment_consultation (consultation_id, received_on),
    INDEX ix_grassroots_comment_org (organization_id, received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A finding of the People's Inspection Board (Ban Thanh tra nhân dân) and its handling.
CREATE TABLE grassroots_finding (
    id               BINARY(16) NOT NULL PRIMARY KEY,
    organization_id  BINARY(16) NOT NULL,
    found_on         DATE NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    finding          VARCHAR(4000) NOT NULL,
    recommendation   VARCHAR(2000) NULL,
    status           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    handling         VARCHAR(2000) NULL,
    handled_on       DATE NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL,
    change_seq       BIGINT NOT NULL,
    deleted_at       DATETIME(6) NULL,
    INDEX ix_grassroots_finding_org (organization_id, status, found_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The catalogue as the author reads the law (see docs/grassroots-democracy.md, "The catalogue"): posting at least
-- 30 days and disclosure within 2 days of approval unless another law sets its own (the budget: 30 days).
INSERT INTO grassroots_duty (id, code, kind, title, forms, disclose_within_days, min_posting_days, annual_due_on,
                             effective_from, effective_to, legal_basis, created_at, updated_at, version, change_seq)
VALUES
       (UNHEX('0d1e0c01000000000000000000000001'), 'LAWS_AND_POLICIES', 'DISCLOSURE', 'Chính sách, pháp luật có liên quan trực tiếp đến Nhân dân ở xã', 'NOTICE_BOARD,PORTAL,LOUDSPEAKER,HAMLET_HEAD', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 1; Điều 12; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000002'), 'SOCIO_ECONOMIC_PLAN', 'DISCLOSURE', 'Kế hoạch phát triển kinh tế - xã hội hằng năm của xã', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 2, 30, '01-31',
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 2; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000003'), 'LAND_USE_PLAN', 'DISCLOSURE', 'Quy hoạch, kế hoạch sử dụng đất; phương án điều chỉnh, quy hoạch khu dân cư', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 3; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000004'), 'BUDGET_ESTIMATE', 'DISCLOSURE', 'Dự toán ngân sách xã và phân bổ dự toán hằng năm', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 30, 30, '01-31',
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 4; Luật Ngân sách nhà nước 2015, Điều 15 (công khai chậm nhất 30 ngày kể từ ngày được phê chuẩn)', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000005'), 'BUDGET_SETTLEMENT', 'DISCLOSURE', 'Quyết toán ngân sách xã năm trước', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 30, 30, '12-31',
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 4; Luật Ngân sách nhà nước 2015, Điều 15', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000006'), 'INVESTMENT_PROJECTS', 'DISCLOSURE', 'Dự án, công trình đầu tư trên địa bàn xã; chủ đầu tư, mức vốn, thời gian thực hiện', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 5; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000007'), 'COMPENSATION_RESETTLEMENT', 'DISCLOSURE', 'Thu hồi đất; phương án bồi thường, hỗ trợ, tái định cư', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING,DOCUMENT_TO_HOUSEHOLDS', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 5; Luật Đất đai 2024', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000008'), 'ADMINISTRATIVE_PROCEDURES', 'DISCLOSURE', 'Thủ tục hành chính giải quyết tại xã', 'NOTICE_BOARD,PORTAL', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 6; Nghị định 63/2010/NĐ-CP', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000009'), 'INSPECTION_RESULTS', 'DISCLOSURE', 'Kết luận thanh tra, kiểm tra; kết quả giải quyết khiếu nại, tố cáo liên quan đến xã', 'NOTICE_BOARD,PORTAL', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 7; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000a'), 'FEES_AND_CONTRIBUTIONS', 'DISCLOSURE', 'Các khoản thu, phí, lệ phí; các khoản huy động đóng góp của Nhân dân và kết quả thu, chi', 'NOTICE_BOARD,PORTAL,HAMLET_MEETING', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 8; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000b'), 'SOCIAL_BENEFICIARIES', 'DISCLOSURE', 'Đối tượng, mức hưởng chính sách an sinh xã hội; danh sách hộ nghèo, hộ cận nghèo', 'NOTICE_BOARD,HAMLET_MEETING,HAMLET_HEAD', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11 khoản 9; Điều 13', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000c'), 'CONSULTATION_RESULTS', 'DISCLOSURE', 'Kết quả lấy ý kiến, biểu quyết của Nhân dân và việc tiếp thu, giải trình', 'NOTICE_BOARD,PORTAL,LOUDSPEAKER,HAMLET_HEAD', 2, 30, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11; Điều 22', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000d'), 'PUBLIC_WORKS_CONTRIBUTION', 'DISCUSSION_DECISION', 'Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng trong thôn, tổ dân phố', 'HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15 khoản 1', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000e'), 'CONTRIBUTION_MANAGEMENT', 'DISCUSSION_DECISION', 'Việc thu, chi, quản lý các khoản đóng góp và tài sản của cộng đồng', 'HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15 khoản 2', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c0100000000000000000000000f'), 'VILLAGE_RULES', 'DISCUSSION_DECISION', 'Nội dung hương ước, quy ước của cộng đồng dân cư', 'HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15 khoản 3', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000010'), 'HAMLET_HEAD_ELECTION', 'DISCUSSION_DECISION', 'Bầu, cho thôi làm trưởng thôn, tổ trưởng tổ dân phố', 'HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15 khoản 4', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000011'), 'INSPECTION_BOARD_ELECTION', 'DISCUSSION_DECISION', 'Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', 'HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15 khoản 5', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000012'), 'COMMENT_SOCIO_ECONOMIC_PLAN', 'COMMENT', 'Dự thảo kế hoạch phát triển kinh tế - xã hội của xã', 'HAMLET_MEETING,PORTAL', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 19 khoản 1', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000013'), 'COMMENT_LAND_USE_PLAN', 'COMMENT', 'Dự thảo quy hoạch, kế hoạch sử dụng đất; phương án điều chỉnh, quy hoạch khu dân cư', 'HAMLET_MEETING,PORTAL', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 19', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000014'), 'COMMENT_BOUNDARY_CHANGE', 'COMMENT', 'Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính', 'HAMLET_MEETING,PORTAL', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 19', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000015'), 'COMMENT_COMPENSATION_POLICY', 'COMMENT', 'Chủ trương, phương án bồi thường, hỗ trợ, tái định cư; dự án đầu tư trên địa bàn', 'HAMLET_MEETING,PORTAL', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 19', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000016'), 'SUPERVISE_DISCLOSED_CONTENT', 'SUPERVISION', 'Giám sát việc thực hiện các nội dung đã công khai, đã bàn và quyết định, đã tham gia ý kiến (Ban Thanh tra nhân dân)', 'NOTICE_BOARD,HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25; Điều 35–40 (Ban Thanh tra nhân dân)', NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0c01000000000000000000000017'), 'COMMUNITY_INVESTMENT_SUPERVISION', 'SUPERVISION', 'Giám sát đầu tư của cộng đồng (Ban Giám sát đầu tư của cộng đồng)', 'NOTICE_BOARD,HAMLET_MEETING', NULL, NULL, NULL,
        '2023-07-01', NULL, 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25; Điều 41–44', NOW(6), NOW(6), 0, 0);
