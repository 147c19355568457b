// Duty search by meaning and by words (issue 16).
// A duty's meanings are passages embedded by a sentence-embedding model (src/search/duty-meanings.ts):
// one (:DutyMeaning {key}) node per distinct text, pointed to by every duty with that text
// ((:Duty)-[:MEANS]->(:DutyMeaning)), its vector in vectorZh (bge-small-zh-v1.5, 512 dimensions) or
// vectorEn (bge-small-en-v1.5, 384). The vectors are computed in the service, not here: duties already
// in the graph get theirs at the next start (src/services/duty-meaning-backfill.ts), before /ready.
CREATE CONSTRAINT duty_meaning_key IF NOT EXISTS FOR (m:DutyMeaning) REQUIRE m.key IS UNIQUE;
CREATE VECTOR INDEX duty_meaning_zh IF NOT EXISTS
FOR (m:DutyMeaning) ON (m.vectorZh)
OPTIONS { indexConfig: { `vector.dimensions`: 512, `vector.similarity_function`: 'cosine' } };
CREATE VECTOR INDEX duty_meaning_en IF NOT EXISTS
FOR (m:DutyMeaning) ON (m.vectorEn)
OPTIONS { indexConfig: { `vector.dimensions`: 384, `vector.similarity_function`: 'cosine' } };
// Words as the service cuts them (jieba for Chinese, simplified characters, English stems), joined by
// spaces in Duty.searchText, so the index only splits on white space; townshipKey as in migration 0004.
CREATE FULLTEXT INDEX duty_words IF NOT EXISTS
FOR (d:Duty) ON EACH [d.searchText, d.townshipKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
CALL db.awaitIndexes(600);
