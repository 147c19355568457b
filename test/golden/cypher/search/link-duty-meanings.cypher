// search/link-duty-meanings: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty's meanings, replaced: $rows: {duty, keys}. MEANS edges are derived from the duty's texts (not
// history), so a renamed duty drops the old ones; the meanings themselves stay, shared. (Its search words,
// `searchText`, are written with the node: dataset/merge-duties.)
// Edges are compared by the meaning node and read from the duty's side only: a duty has one or two, while a
// meaning shared by a province's towns has thousands, and MERGE would test the edge with Expand(Into) from
// both ends; comparing nodes reads no property of a meaning (each carries a 512-float vector).
UNWIND $rows AS row
MATCH (duty:Duty {id: row.duty})
CALL (row) {
  UNWIND row.keys AS key
  MATCH (meaning:DutyMeaning {key: key})
  RETURN collect(meaning) AS wanted
}
CALL (duty, wanted) {
  OPTIONAL MATCH (duty)-[edge:MEANS]->(held)
  WITH collect(edge) AS edges, collect(held) AS helds
  FOREACH (old IN [edge IN edges WHERE NOT endNode(edge) IN wanted] | DELETE old)
  RETURN helds
}
UNWIND [meaning IN wanted WHERE NOT meaning IN helds] AS meaning
CREATE (duty)-[:MEANS]->(meaning)
