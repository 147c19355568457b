// The fields of a town's responsibility list (legal bases with articles, accountability
// situations, integrity risk points and their control measures) are searchable: the importer
// stores them joined as `Duty.listText` (src/domain/search-keys.ts), as it does keywords in
// `keywordText`, and the duty index covers that property too. Graphs imported before have no
// such fields, so there is nothing to backfill.
DROP INDEX duty_text IF EXISTS;
CREATE FULLTEXT INDEX duty_text IF NOT EXISTS
FOR (d:Duty) ON EACH [d.title, d.titleEn, d.description, d.descriptionEn, d.keywordText, d.listText, d.townshipKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
CALL db.awaitIndex('duty_text', 600);
