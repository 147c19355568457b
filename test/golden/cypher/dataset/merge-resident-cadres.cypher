// dataset/merge-resident-cadres: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (person:Person {id: row.person})
MATCH (village:Village {id: row.village})
MERGE (person)-[edge:RESIDENT_CADRE_IN {from: date(row.from)}]->(village)
SET edge.to = date(row.to)
