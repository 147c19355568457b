// dataset/export-party-organizations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (organization:PartyOrganization)
WHERE $ids IS NULL OR organization.id IN $ids
RETURN organization {
  .id, .name, .nameEn, .kind,
  township: COLLECT { MATCH (organization)-[:IN]->(township:Township) RETURN township.id }[0],
  department: COLLECT { MATCH (organization)-[:OF]->(department:Department) RETURN department.id }[0]
} AS record
ORDER BY organization.id
