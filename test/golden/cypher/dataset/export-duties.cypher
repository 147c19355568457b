// dataset/export-duties: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (duty:Duty)
WHERE $ids IS NULL OR duty.id IN $ids
RETURN duty {
  .id, .title, .titleEn, .description, .descriptionEn, .category, .itemType, .accountability, .keywords,
  // Stored as lists of one length (a property holds no maps); '' is "no article" / "no measure".
  legalBases: [index IN range(0, size(coalesce(duty.legalBasisTitles, [])) - 1) |
    {title: duty.legalBasisTitles[index], article: CASE duty.legalBasisArticles[index] WHEN '' THEN null ELSE duty.legalBasisArticles[index] END}],
  integrityRisks: [index IN range(0, size(coalesce(duty.riskPoints, [])) - 1) |
    {risk: duty.riskPoints[index], control: CASE duty.riskControls[index] WHEN '' THEN null ELSE duty.riskControls[index] END}],
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
