-- Legal and provincial rules that were constants in the code become rows of reception_rule (the rules kept as data
-- with effective dates; a change is a new row from a date and the row in force ends the day before). The values are
-- those in force today; LegalRules reads the row in force on the day concerned.
INSERT INTO reception_rule (id, code, parameter, effective_from, effective_to, legal_basis, created_at, updated_at, version, change_seq)
VALUES (UNHEX('0d1e0b0100000000000000000000000c'), 'MASS_MIN_PEOPLE', 5, '2014-07-01', NULL,
        'Luật Tiếp công dân 2013, Điều 30; Nghị định 64/2014/NĐ-CP, Điều 6: từ 05 người trở lên cùng đến là đông người',
        NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0b0100000000000000000000000d'), 'MAX_REPRESENTATIVES', 5, '2014-07-01', NULL,
        'Nghị định 64/2014/NĐ-CP, Điều 6: cử người đại diện, không quá 05 người',
        NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0b0100000000000000000000000e'), 'COMMUNE_HEAD_RECEPTION_DAYS_PER_WEEK', 1, '2014-07-01', NULL,
        'Luật Tiếp công dân 2013, Điều 15: Chủ tịch UBND cấp xã tiếp công dân định kỳ ít nhất 01 ngày trong 01 tuần',
        NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0b0100000000000000000000000f'), 'PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH', 1, '2014-07-01', NULL,
        'Luật Tiếp công dân 2013, Điều 12: Chủ tịch UBND cấp tỉnh tiếp công dân định kỳ ít nhất 01 ngày trong 01 tháng',
        NOW(6), NOW(6), 0, 0),
       (UNHEX('0d1e0b01000000000000000000000010'), 'REPORT_DATA_CUTOFF_DAY', 14, '2019-03-12', NULL,
        'Nghị định 09/2019/NĐ-CP, Điều 12: số liệu báo cáo định kỳ tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ',
        NOW(6), NOW(6), 0, 0);
