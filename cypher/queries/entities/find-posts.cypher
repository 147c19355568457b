// post(id) and posts(...): posts with their unit, holders, vacancy and duties on the day, in one round trip.
// $id: one post (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $township (the post is IN the township, or IN a unit of it), $text (name or English name),
// $level, $rank, $includeClosed (also posts that do not exist on the day).
// $sort: ID, NAME, NAME_EN, LEVEL, RANK or FROM; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'holders' (every holding: holders, actingHolders, holderHistory, vacant), 'unit', 'units', 'township', 'deputyOf', 'deputies', 'inChargeOf', 'duties';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom, townshipFound, totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
CALL (day, named) {
  CALL (day, named) {
    MATCH (n:Post {id: $id})
    RETURN n
    UNION
    // A list. With a township the candidates are what reaches it (an expand from the township);
    // only without one are all :Post nodes read. The filters below decide exactly.
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS listing
    CALL (named) {
      MATCH (n:Post)-[:IN]->(named)
      RETURN n
      UNION
      MATCH (n:Post)-[:IN]->()-[:IN|UNDER|LOCATED_IN*1..2]->(named)
      RETURN n
      UNION
      UNWIND CASE WHEN $township IS NULL THEN [1] ELSE [] END AS everything
      MATCH (n:Post)
      RETURN n
    }
    WITH n, day, named
    WHERE $id IS NULL
      AND ($township IS NULL OR (named IS NOT NULL AND EXISTS {
            MATCH (n)-[r:IN]->(unit)
            WHERE ($includeClosed OR (/*@ valid-on(x: r, day: day) */))
              AND (unit = named OR EXISTS { (unit)-[:IN|UNDER|LOCATED_IN*1..2]->(named) }) }))
      AND ($includeClosed OR (/*@ valid-on(x: n, day: day) */))
      AND ($level IS NULL OR n.level = $level)
      AND ($rank IS NULL OR n.rank = $rank)
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'LEVEL' THEN n.level WHEN 'RANK' THEN n.rank WHEN 'FROM' THEN n.from ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, named, rows, /*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window
WITH day, named, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, named, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | /*@ page-position(row: row) */] AS positions
/*@ post-items(page: page, day: day, include: $include) */
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS n MATCH (n)-[:IN|UNDER|LOCATED_IN*1..3]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
