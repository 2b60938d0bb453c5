-- Word search through an InnoDB FULLTEXT index (platform/text/TextSearch) instead of a LIKE '%…%' scan, where the
-- measurement favoured it (bench/results/search.md): organisations by name and short name. The columns keep the
-- utf8mb4_unicode_520_ci collation, so the index folds case and Vietnamese diacritics, đ included, as the collation
-- does. The server must index one-letter words and keep no stop words (innodb_ft_min_token_size=1,
-- innodb_ft_enable_stopword=0, docs/operations.md "Search"); an index built before those options were set misses
-- the short syllables: rebuild it then (ALTER TABLE organization FORCE). The official code is binary-collated, so it
-- cannot join the index: it is compared from its start instead.
ALTER TABLE organization ADD FULLTEXT INDEX ft_organization_name (name, short_name);
