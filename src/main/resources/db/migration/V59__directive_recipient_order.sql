-- The recipients of a directive in the order they were sent (the order of "Kính gửi"): a position per recipient.
-- Until now the order was not kept; existing directives keep the order they were read back in (by unit ID).
-- The key becomes (directive, position), so that reordering a list rewrites positions without colliding; a unit
-- is still named once per directive (the service drops repeats).
ALTER TABLE directive_recipient ADD COLUMN position INT NOT NULL DEFAULT 0;

UPDATE directive_recipient r
    JOIN (SELECT directive_id, organization_id,
                 ROW_NUMBER() OVER (PARTITION BY directive_id ORDER BY organization_id) - 1 AS pos
          FROM directive_recipient) n
    ON n.directive_id = r.directive_id AND n.organization_id = r.organization_id
SET r.position = n.pos;

ALTER TABLE directive_recipient DROP FOREIGN KEY fk_directive_recipient;
ALTER TABLE directive_recipient DROP PRIMARY KEY, ADD PRIMARY KEY (directive_id, position);
ALTER TABLE directive_recipient ADD CONSTRAINT fk_directive_recipient FOREIGN KEY (directive_id) REFERENCES directive (id);
ALTER TABLE directive_recipient ALTER COLUMN position DROP DEFAULT;
