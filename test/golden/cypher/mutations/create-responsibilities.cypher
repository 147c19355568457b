// mutations/create-responsibilities: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Office | Post RESPONSIBLE_FOR Duty from a day, MERGEd on the importer's key (owner, duty, role, from).
// overrideReason records why a second lead owner was allowed.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.duty})
CALL (row) {
  MATCH (owner:Office {id: row.owner}) RETURN owner
  UNION MATCH (owner:Post {id: row.owner}) RETURN owner
}
MERGE (owner)-[edge:RESPONSIBLE_FOR {role: row.role, from: date(row.from)}]->(duty)
SET edge.to = date(row.to),
    edge.overrideReason = row.overrideReason,
    edge.recordedAt = datetime(row.recordedAt)
RETURN count(edge) AS created
