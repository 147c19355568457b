// dataset/merge-post-units: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Post IN Office | Village | Station | Township: the unit is found by id under each allowed label.
UNWIND $rows AS row
MATCH (post:Post {id: row.post})
CALL (row) {
  MATCH (unit:Office {id: row.unit}) RETURN unit
  UNION MATCH (unit:Village {id: row.unit}) RETURN unit
  UNION MATCH (unit:Station {id: row.unit}) RETURN unit
  UNION MATCH (unit:Township {id: row.unit}) RETURN unit
}
MERGE (post)-[edge:IN {from: date(row.from)}]->(unit)
SET edge.to = date(row.to)
