// dataset/merge-holds: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (person:Person {id: row.person})
MATCH (post:Post {id: row.post})
MERGE (person)-[edge:HOLDS {from: date(row.from)}]->(post)
SET edge.to = date(row.to),
    edge.acting = row.acting,
    edge.townConsulted = row.townConsulted
