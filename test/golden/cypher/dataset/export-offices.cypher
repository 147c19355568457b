// dataset/export-offices: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (office:Office)
WHERE $ids IS NULL OR office.id IN $ids
RETURN office {
  .id, .name, .nameEn, .aliases, .kind, .from, .to,
  township: COLLECT { MATCH (office)-[:IN]->(township:Township) RETURN township.id }[0],
  mergedInto: COLLECT { MATCH (office)-[:MERGED_INTO]->(target:Office) RETURN target.id ORDER BY target.id }
} AS record
ORDER BY office.id
