// dataset/export-documents: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (document:Document)
WHERE $ids IS NULL OR document.id IN $ids
RETURN document {
  .id, .title, .titleEn, .issuedOn, .issuer,
  township: COLLECT { MATCH (document)-[:IN]->(township:Township) RETURN township.id }[0]
} AS record
ORDER BY document.id
