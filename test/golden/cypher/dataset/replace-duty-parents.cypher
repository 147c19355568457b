// dataset/replace-duty-parents: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty is part of at most one duty: the file's value replaces the graph's (null makes it a root).
UNWIND $rows AS row
MATCH (duty:Duty {id: row.id})
CALL (duty, row) {
  MATCH (duty)-[stale:PART_OF]->(other:Duty)
  WHERE row.parent IS NULL OR other.id <> row.parent
  DELETE stale
}
WITH duty, row
WHERE row.parent IS NOT NULL
MATCH (target:Duty {id: row.parent})
MERGE (duty)-[:PART_OF]->(target)
