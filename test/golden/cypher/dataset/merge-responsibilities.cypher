// dataset/merge-responsibilities: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Office | Post RESPONSIBLE_FOR Duty: the owner is found by id under each allowed label.
// The role is part of the key: one office may lead a duty and later only assist with it.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.duty})
CALL (row) {
  MATCH (owner:Office {id: row.owner}) RETURN owner
  UNION MATCH (owner:Post {id: row.owner}) RETURN owner
}
MERGE (owner)-[edge:RESPONSIBLE_FOR {role: row.role, from: date(row.from)}]->(duty)
SET edge.to = date(row.to)
