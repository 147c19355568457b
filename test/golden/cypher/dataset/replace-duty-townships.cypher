// dataset/replace-duty-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty belongs to one township: the file's value replaces the graph's.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.id})
CALL (duty, row) {
  MATCH (duty)-[stale:IN]->(other:Township)
  WHERE row.township IS NULL OR other.id <> row.township
  DELETE stale
}
WITH duty, row
WHERE row.township IS NOT NULL
MATCH (target:Township {id: row.township})
MERGE (duty)-[:IN]->(target)
