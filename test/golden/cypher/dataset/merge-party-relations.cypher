// dataset/merge-party-relations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MATCH (station:Station {id: row.station})
MATCH (organization:PartyOrganization {id: row.organization})
MERGE (station)-[edge:PARTY_RELATION {from: date(row.from)}]->(organization)
SET edge.to = date(row.to),
    edge.basis = row.basis,
    edge.exemption = row.exemption
