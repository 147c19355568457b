// dataset/export-stations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (station:Station)
WHERE $ids IS NULL OR station.id IN $ids
RETURN station {
  .id, .name, .nameEn,
  runBy: COLLECT {
    MATCH (station)-[edge:RUN_BY]->(department:Department)
    RETURN {department: department.id, from: edge.from, to: edge.to} ORDER BY edge.from, department.id
  },
  locatedIn: COLLECT {
    MATCH (station)-[edge:LOCATED_IN]->(township:Township)
    RETURN {township: township.id, from: edge.from, to: edge.to} ORDER BY edge.from, township.id
  },
  partyRelations: COLLECT {
    MATCH (station)-[edge:PARTY_RELATION]->(organization:PartyOrganization)
    RETURN {organization: organization.id, from: edge.from, to: edge.to, basis: edge.basis, exemption: edge.exemption} ORDER BY edge.from, organization.id
  }
} AS record
ORDER BY station.id
