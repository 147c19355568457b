// dataset/export-villages: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (village:Village)
WHERE $ids IS NULL OR village.id IN $ids
RETURN village {
  .id, .name, .nameEn, .kind, .complex,
  under: COLLECT {
    MATCH (village)-[edge:UNDER]->(unit)
    WHERE unit:Township OR unit:Office
    RETURN {unit: unit.id, from: edge.from, to: edge.to} ORDER BY edge.from, unit.id
  }
} AS record
ORDER BY village.id
