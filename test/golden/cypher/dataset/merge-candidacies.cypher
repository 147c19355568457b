// dataset/merge-candidacies: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (person:Person {id: row.person})
MATCH (document:Document {id: row.document})
MERGE (person)-[:CANDIDATE_FOR {on: date(row.on)}]->(document)
