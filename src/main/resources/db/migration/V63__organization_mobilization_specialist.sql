-- The specialist in charge of dân vận chính quyền beside the leader (seed 004, item 5: "một chuyên viên kiêm nhiệm phụ
-- trách công tác dân vận chính quyền"): an official's work contact, stored like the lead's, and audited like it.
ALTER TABLE organization
    ADD COLUMN specialist_name     VARCHAR(150) NULL AFTER lead_phone,
    ADD COLUMN specialist_position VARCHAR(150) NULL AFTER specialist_name,
    ADD COLUMN specialist_phone    VARCHAR(20) NULL AFTER specialist_position;

ALTER TABLE organization_aud
    ADD COLUMN specialist_name     VARCHAR(150) NULL AFTER lead_phone,
    ADD COLUMN specialist_position VARCHAR(150) NULL AFTER specialist_name,
    ADD COLUMN specialist_phone    VARCHAR(20) NULL AFTER specialist_position;
