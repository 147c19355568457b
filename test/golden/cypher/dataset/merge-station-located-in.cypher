// dataset/merge-station-located-in: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (station:Station {id: row.station})
MATCH (township:Township {id: row.township})
MERGE (station)-[edge:LOCATED_IN {from: date(row.from)}]->(township)
SET edge.to = date(row.to)
