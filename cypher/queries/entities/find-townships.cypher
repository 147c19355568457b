// township(id) and townships(...): townships with their offices, villages, stations, town-level posts and
// party organisations on the day, in one round trip.
// $id: one township (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $text (name or English name). $sort: ID, NAME, NAME_EN or POPULATION; $descending; $skip, $limit (integers).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'offices', 'villages', 'stations', 'posts', 'partyOrganizations';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom (of the township looked up; of all townships for a list), townshipFound (always true), totalCount, items.
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
  RETURN collect(n) AS nodes
}
WITH day, size(nodes) AS totalCount, nodes[$skip..($skip + $limit)] AS page
/*@ township-items(page: page, day: day, include: $include) */
RETURN coalesce(
         CASE WHEN $id IS NOT NULL THEN head([n IN page | n.dataFrom]) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       true AS townshipFound,
       totalCount,
       items
