// mutations/create-holds: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Person HOLDS Post from a day: MERGEd on the importer's key (person, post, from), so a retried
// transaction does not create it twice. recordedAt tells a later check what changed while it waited.
UNWIND $rows AS row
MATCH (person:Person {id: row.person})
MATCH (post:Post {id: row.post})
MERGE (person)-[edge:HOLDS {from: date(row.from)}]->(post)
SET edge.to = date(row.to),
    edge.acting = row.acting,
    edge.townConsulted = row.townConsulted,
    edge.recordedAt = datetime(row.recordedAt)
RETURN count(edge) AS created
