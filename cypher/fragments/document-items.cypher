// document-items: each of the documents with its neighbours on the day, as `document(id)` shows it; the part of
// the document lookup and list (queries/entities/find-documents.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the documents, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  RETURN collect(n {
    .id, .title, .titleEn, .issuedOn, .issuer,
    asOf: $asOf,
    township: CASE WHEN @include IS NULL OR 'township' IN @include THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
    duties: CASE WHEN @include IS NULL OR 'duties' IN @include THEN COLLECT {
      MATCH (duty:Duty)-[r:DEFINED_BY]->(n)
      WITH duty, r ORDER BY duty.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, clause: r.clause }
    } ELSE [] END,
    candidates: CASE WHEN @include IS NULL OR 'candidates' IN @include THEN COLLECT {
      MATCH (person:Person)-[r:CANDIDATE_FOR]->(n)
      WITH person, r ORDER BY r.on, person.id
      RETURN { person: person { .id, .name, .nameEn }, on: r.on }
    } ELSE [] END
  }) AS items
}
