MATCH (duty:Duty)
WHERE $ids IS NULL OR duty.id IN $ids
RETURN duty {
  .id, .title, .titleEn, .description, .descriptionEn, .category, .keywords,
  township: COLLECT { MATCH (duty)-[:IN]->(township:Township) RETURN township.id }[0],
  parent: COLLECT { MATCH (duty)-[:PART_OF]->(parent:Duty) RETURN parent.id }[0],
  basis: COLLECT { MATCH (duty)-[edge:DEFINED_BY]->(document:Document) RETURN {document: document.id, clause: edge.clause} }[0],
  owners: COLLECT {
    MATCH (owner)-[edge:RESPONSIBLE_FOR]->(duty)
    WHERE owner:Office OR owner:Post
    RETURN {owner: owner.id, role: edge.role, from: edge.from, to: edge.to} ORDER BY edge.from, edge.role DESC, owner.id
  }
} AS record
ORDER BY duty.id
