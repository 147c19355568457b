// dataset/replace-office-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// An office is in one township, for the office's own lifetime: the file's value replaces the graph's.
UNWIND $rows AS row
MATCH (office:Office {id: row.id})
CALL (office, row) {
  MATCH (office)-[stale:IN]->(other:Township)
  WHERE other.id <> row.township
  DELETE stale
}
WITH office, row
MATCH (township:Township {id: row.township})
MERGE (office)-[edge:IN]->(township)
SET edge.from = date(row.from),
    edge.to = date(row.to)
