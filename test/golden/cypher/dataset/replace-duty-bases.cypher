// dataset/replace-duty-bases: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty is defined by at most one document, at a clause: the file's value replaces the graph's.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.id})
CALL (duty, row) {
  MATCH (duty)-[stale:DEFINED_BY]->(other:Document)
  WHERE row.document IS NULL OR other.id <> row.document
  DELETE stale
}
WITH duty, row
WHERE row.document IS NOT NULL
MATCH (document:Document {id: row.document})
MERGE (duty)-[basis:DEFINED_BY]->(document)
SET basis.clause = row.clause
