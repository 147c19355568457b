// dataset/replace-document-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A document belongs to at most one township: the file's value replaces the graph's (null removes it).
UNWIND $rows AS row
MATCH (document:Document {id: row.id})
CALL (document, row) {
  MATCH (document)-[stale:IN]->(other:Township)
  WHERE row.township IS NULL OR other.id <> row.township
  DELETE stale
}
WITH document, row
WHERE row.township IS NOT NULL
MATCH (target:Township {id: row.township})
MERGE (document)-[:IN]->(target)
