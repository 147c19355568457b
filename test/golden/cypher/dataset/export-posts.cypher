// dataset/export-posts: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (post:Post)
WHERE $ids IS NULL OR post.id IN $ids
RETURN post {
  .id, .name, .nameEn, .aliases, .level, .rank, .singleHolder, .from, .to,
  deputyOf: COLLECT { MATCH (post)-[:DEPUTY_OF]->(principal:Post) RETURN principal.id }[0],
  units: COLLECT {
    MATCH (post)-[edge:IN]->(unit)
    WHERE unit:Office OR unit:Village OR unit:Station OR unit:Township
    RETURN {unit: unit.id, from: edge.from, to: edge.to} ORDER BY edge.from, unit.id
  },
  inChargeOf: COLLECT {
    MATCH (post)-[edge:IN_CHARGE_OF]->(office:Office)
    RETURN {office: office.id, from: edge.from, to: edge.to} ORDER BY edge.from, office.id
  }
} AS record
ORDER BY post.id
