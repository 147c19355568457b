// township(id) and townships(...): townships with their offices, villages, stations, town-level posts and
// party organisations on the day, in one round trip.
// $id: one township (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $text (name or English name). $sort: ID, NAME, NAME_EN or POPULATION; $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'offices', 'villages', 'stations', 'posts', 'partyOrganizations';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom (of the township looked up; of all townships for a list), townshipFound (always true), totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
CALL (day) {
  CALL (day) {
    MATCH (n:Township {id: $id})
    RETURN n
    UNION
    MATCH (n:Township)
    WHERE $id IS NULL
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'POPULATION' THEN n.population ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, rows, /*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window
WITH day, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | /*@ page-position(row: row) */] AS positions
/*@ township-items(page: page, day: day, include: $include) */
RETURN coalesce(
         CASE WHEN $id IS NOT NULL THEN head([n IN page | n.dataFrom]) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       true AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
