// dataset/merge-village-under: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Village UNDER Township | Office: the unit is found by id under each allowed label.
UNWIND $rows AS row
MATCH (village:Village {id: row.village})
CALL (row) {
  MATCH (unit:Township {id: row.unit}) RETURN unit
  UNION MATCH (unit:Office {id: row.unit}) RETURN unit
}
MERGE (village)-[edge:UNDER {from: date(row.from)}]->(unit)
SET edge.to = date(row.to)
