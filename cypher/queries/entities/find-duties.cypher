// duty(id) and duties(...): duties with their parent, children, owners and basis on the day, in one round trip.
// $id: one duty (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $township (IN it), $text (title, English title or keywords), $category,
// $leadStatus (BLANK: no lead owner on the day, LED: exactly one, OVERLAP: two or more).
// $sort: ID, TITLE, TITLE_EN or CATEGORY; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'township', 'parent', 'children', 'basis', 'owners';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom, townshipFound, totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
CALL (day, named) {
  CALL (day, named) {
    MATCH (n:Duty {id: $id})
    RETURN n
    UNION
    // A list. With a township the candidates are what reaches it (an expand from the township);
    // only without one are all :Duty nodes read. The filters below decide exactly.
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS listing
    CALL (named) {
      MATCH (n:Duty)-[:IN]->(named)
      RETURN n
      UNION
      UNWIND CASE WHEN $township IS NULL THEN [1] ELSE [] END AS everything
      MATCH (n:Duty)
      RETURN n
    }
    WITH n, day, named
    WHERE $id IS NULL
      AND ($township IS NULL OR (named IS NOT NULL AND EXISTS { (n)-[:IN]->(named) }))
      AND ($category IS NULL OR n.category = $category)
      AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(coalesce(n.titleEn, '')) CONTAINS toLower($text)
           OR toLower(coalesce(n.keywordText, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, day, /*@ duty-lead-count(duty: n, day: day) */ AS leadCount
  WITH n, leadCount, CASE leadCount WHEN 0 THEN 'BLANK' WHEN 1 THEN 'LED' ELSE 'OVERLAP' END AS leadStatus
  WHERE $id IS NOT NULL OR $leadStatus IS NULL OR leadStatus = $leadStatus
  WITH n, leadCount, leadStatus, CASE $sort WHEN 'TITLE' THEN n.title WHEN 'TITLE_EN' THEN n.titleEn WHEN 'CATEGORY' THEN n.category ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: { node: n, leadCount: leadCount, leadStatus: leadStatus }}) AS rows
}
WITH day, named, rows, /*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window
WITH day, named, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, named, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | /*@ page-position(row: row) */] AS positions
/*@ duty-items(page: page, day: day, include: $include) */
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS entry WITH entry.node AS n MATCH (n)-[:IN]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
