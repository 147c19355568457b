// person(id) and people(...): people with their posts, duties, offices in charge and history on the day, in one round trip.
// $id: one person (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $township (holds a post in the township, or is a resident cadre in one of its villages, on the day),
// $text (name or English name). $sort: ID, NAME, NAME_EN or BIRTH_DATE; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each person to compute, or null for all of them: 'posts' (posts, crossPosted), 'leadersInCharge'
// (of each post), 'appointments', 'postDuties' and 'officeDuties' (the duties reaching the person through a post held:
// the post's own, its office's), 'officesInCharge', 'residentCadreIn'; a part left out comes back empty.
// The service asks for what the GraphQL selection reads, so a narrow question does not pay for the whole navigation.
// One row: dataFrom, townshipFound, totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
CALL (day, named) {
  CALL (day, named) {
    MATCH (n:Person {id: $id})
    RETURN n
    UNION
    // A list. With a township the candidates are what reaches it (an expand from the township);
    // only without one are all :Person nodes read. The filters below decide exactly.
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS listing
    CALL (named) {
      MATCH (n:Person)-[:HOLDS]->(:Post)-[:IN]->(named)
      RETURN n
      UNION
      MATCH (n:Person)-[:HOLDS]->(:Post)-[:IN]->()-[:IN|UNDER|LOCATED_IN*1..2]->(named)
      RETURN n
      UNION
      MATCH (n:Person)-[:RESIDENT_CADRE_IN]->(:Village)-[:UNDER|IN*1..2]->(named)
      RETURN n
      UNION
      UNWIND CASE WHEN $township IS NULL THEN [1] ELSE [] END AS everything
      MATCH (n:Person)
      RETURN n
    }
    WITH n, day, named
    WHERE $id IS NULL
      AND ($township IS NULL OR (named IS NOT NULL AND (
            EXISTS {
              MATCH (n)-[h:HOLDS]->(:Post)-[r:IN]->(unit)
              WHERE /*@ valid-on(x: h, day: day) */ AND /*@ valid-on(x: r, day: day) */
                AND (unit = named OR EXISTS { (unit)-[:IN|UNDER|LOCATED_IN*1..2]->(named) }) }
            OR EXISTS {
              MATCH (n)-[r:RESIDENT_CADRE_IN]->(village:Village)
              WHERE /*@ valid-on(x: r, day: day) */ AND EXISTS { (village)-[:UNDER|IN*1..2]->(named) } })))
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'BIRTH_DATE' THEN n.birthDate ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, named, rows, /*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window
WITH day, named, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, named, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | /*@ page-position(row: row) */] AS positions
/*@ person-items(page: page, day: day, include: $include) */
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS n MATCH (n)-[:HOLDS|RESIDENT_CADRE_IN]->()-[:IN|UNDER|LOCATED_IN*0..3]->(t:Township)
           WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
