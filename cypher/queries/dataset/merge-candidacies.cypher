UNWIND $rows AS row
MATCH (person:Person {id: row.person})
MATCH (document:Document {id: row.document})
MERGE (person)-[:CANDIDATE_FOR {on: date(row.on)}]->(document)
