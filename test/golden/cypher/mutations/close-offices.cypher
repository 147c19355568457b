// mutations/close-offices: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Closes offices on a day: the office and its IN edge get `to`, and MERGED_INTO edges point at the
// offices that take over its work (none: withdrawn). $rows: [{id, on, mergedInto: [id]}].
UNWIND $rows AS row
MATCH (office:Office {id: row.id})
SET office.to = date(row.on)
WITH office, row
CALL (office, row) {
  MATCH (office)-[edge:IN]->(:Township)
  WHERE edge.to IS NULL OR edge.to > date(row.on)
  SET edge.to = date(row.on)
}
CALL (office, row) {
  UNWIND row.mergedInto AS targetId
  MATCH (target:Office {id: targetId})
  MERGE (office)-[merger:MERGED_INTO]->(target)
  SET merger.on = date(row.on)
}
RETURN count(office) AS closed
