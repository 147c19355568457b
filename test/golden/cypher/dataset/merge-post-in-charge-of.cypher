// dataset/merge-post-in-charge-of: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (post:Post {id: row.post})
MATCH (office:Office {id: row.office})
MERGE (post)-[edge:IN_CHARGE_OF {from: date(row.from)}]->(office)
SET edge.to = date(row.to)
