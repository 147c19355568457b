// dataset/replace-duty-references: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty's single-valued references, each replaced by the file's value: the township it belongs to (IN), the
// duty it is part of (PART_OF; null makes it a root) and the document defining it at a clause (DEFINED_BY).
// One statement for the three, so each duty is found by its id once, not once per reference.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.id})
CALL (duty, row) {
  MATCH (duty)-[stale:IN]->(other:Township)
  WHERE row.township IS NULL OR other.id <> row.township
  DELETE stale
}
CALL (duty, row) {
  MATCH (duty)-[stale:PART_OF]->(other:Duty)
  WHERE row.parent IS NULL OR other.id <> row.parent
  DELETE stale
}
CALL (duty, row) {
  MATCH (duty)-[stale:DEFINED_BY]->(other:Document)
  WHERE row.document IS NULL OR other.id <> row.document
  DELETE stale
}
// A null id matches no node, so an absent reference creates nothing.
CALL (duty, row) {
  MATCH (township:Township {id: row.township})
  MERGE (duty)-[:IN]->(township)
}
CALL (duty, row) {
  MATCH (parent:Duty {id: row.parent})
  MERGE (duty)-[:PART_OF]->(parent)
}
CALL (duty, row) {
  MATCH (document:Document {id: row.document})
  MERGE (duty)-[basis:DEFINED_BY]->(document)
  SET basis.clause = row.clause
}
