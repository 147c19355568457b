UNWIND $rows AS row
MATCH (post:Post {id: row.post})
MATCH (office:Office {id: row.office})
MERGE (post)-[edge:IN_CHARGE_OF {from: date(row.from)}]->(office)
SET edge.to = date(row.to)
