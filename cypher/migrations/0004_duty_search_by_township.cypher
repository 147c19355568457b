// Duty search within one township. A province holds the same titles in every town, so ranking
// the whole index and then keeping one town's duties misses them (the best 2,000 hits of
// "土地管理" across 100 towns may hold none of the town asked about). Each duty carries its
// township as one search token, `townshipKey`, and a question about a town asks Lucene for
// `+townshipKey:… +(words)`: only that town's duties are ranked.
// The token: 'township' + the township id with its separators (. : _ -) as 'x', one Lucene word;
// src/domain/search-keys.ts computes it for imports and searches, this backfills existing graphs.
DROP INDEX duty_text IF EXISTS;
CREATE FULLTEXT INDEX duty_text IF NOT EXISTS
FOR (d:Duty) ON EACH [d.title, d.titleEn, d.description, d.descriptionEn, d.keywordText, d.townshipKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
MATCH (duty:Duty)-[:IN]->(township:Township)
SET duty.townshipKey = 'township' + replace(replace(replace(replace(township.id, '.', 'x'), ':', 'x'), '_', 'x'), '-', 'x');
// Searches wait for nothing: the service starts answering once the rebuilt index is online.
CALL db.awaitIndex('duty_text', 600);
