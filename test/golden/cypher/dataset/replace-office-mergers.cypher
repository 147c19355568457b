// dataset/replace-office-mergers: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// The offices an office was merged into, on the day it closed: the file's list replaces the graph's.
UNWIND $rows AS row
MATCH (office:Office {id: row.id})
CALL (office, row) {
  MATCH (office)-[stale:MERGED_INTO]->(other:Office)
  WHERE NOT other.id IN row.mergedInto
  DELETE stale
}
WITH office, row
UNWIND row.mergedInto AS targetId
MATCH (target:Office {id: targetId})
MERGE (office)-[merger:MERGED_INTO]->(target)
SET merger.on = date(row.on)
