UNWIND $rows AS row
MATCH (station:Station {id: row.station})
MATCH (department:Department {id: row.department})
MERGE (station)-[edge:RUN_BY {from: date(row.from)}]->(department)
SET edge.to = date(row.to)
