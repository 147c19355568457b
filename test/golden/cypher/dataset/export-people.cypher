// dataset/export-people: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (person:Person)
WHERE $ids IS NULL OR person.id IN $ids
RETURN person {
  .id, .name, .nameEn, .gender, .birthDate, .partyMember,
  holds: COLLECT {
    MATCH (person)-[edge:HOLDS]->(post:Post)
    RETURN {post: post.id, from: edge.from, to: edge.to, acting: edge.acting, townConsulted: edge.townConsulted} ORDER BY edge.from, post.id
  },
  residentCadreIn: COLLECT {
    MATCH (person)-[edge:RESIDENT_CADRE_IN]->(village:Village)
    RETURN {village: village.id, from: edge.from, to: edge.to} ORDER BY edge.from, village.id
  },
  candidateFor: COLLECT {
    MATCH (person)-[edge:CANDIDATE_FOR]->(document:Document)
    RETURN {document: document.id, on: edge.on} ORDER BY edge.on, document.id
  }
} AS record
ORDER BY person.id
