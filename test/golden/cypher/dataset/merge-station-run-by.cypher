// dataset/merge-station-run-by: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (station:Station {id: row.station})
MATCH (department:Department {id: row.department})
MERGE (station)-[edge:RUN_BY {from: date(row.from)}]->(department)
SET edge.to = date(row.to)
