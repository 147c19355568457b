// entities/find-offices: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, descending, id, include, includeClosed, kind, page, sort, text, township
// office(id) and offices(...): offices with their neighbours on the day, in one round trip.
// $id: one office (a lookup: the list filters are ignored) or null (a list); $asOf: YYYY-MM-DD.
// List filters: $township (an id or null), $text (name or English name contains, any case), $kind,
// $includeClosed (also offices that do not exist on the day). $sort: ID, NAME, NAME_EN, KIND or FROM;
// $descending; $page: {first, last, after, before} (page-window).
// $include: the parts of each item to compute, or null for all of them (domain/model.ts `parts`): 'township', 'posts', 'people', 'duties', 'leadersInCharge', 'villages', 'mergedInto', 'mergedFrom';
// a part left out comes back empty (a list) or null. The service asks for what the GraphQL selection reads.
// One row: dataFrom (the earliest day of data asked about), townshipFound, totalCount, hasPreviousPage, hasNextPage, items and positions (page-position: each item's place in the order, for its cursor).
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
CALL (day, named) {
  CALL (day, named) {
    MATCH (n:Office {id: $id})
    RETURN n
    UNION
    // A list. With a township the candidates are what reaches it (an expand from the township);
    // only without one are all :Office nodes read. The filters below decide exactly.
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS listing
    CALL (named) {
      MATCH (n:Office)-[:IN]->(named)
      RETURN n
      UNION
      UNWIND CASE WHEN $township IS NULL THEN [1] ELSE [] END AS everything
      MATCH (n:Office)
      RETURN n
    }
    WITH n, day, named
    WHERE $id IS NULL
      AND ($township IS NULL OR (named IS NOT NULL AND EXISTS {
            (n)-[r:IN]->(named) WHERE $includeClosed OR (r.from <= day AND (r.to IS NULL OR day < r.to)) }))
      AND ($includeClosed OR (n.from <= day AND (n.to IS NULL OR day < n.to)))
      AND ($kind IS NULL OR n.kind = $kind)
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'KIND' THEN n.kind WHEN 'FROM' THEN n.from ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: n}) AS rows
}
WITH day, named, rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
    WHEN 'DATE' THEN date($page.after.key) WHEN 'DATETIME' THEN datetime($page.after.key) ELSE $page.after.key END} END] |
  head([before IN [CASE WHEN $page.before IS NULL THEN null ELSE {id: $page.before.id, key: CASE $page.before.type
      WHEN 'DATE' THEN date($page.before.key) WHEN 'DATETIME' THEN datetime($page.before.key) ELSE $page.before.key END} END] |
    head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN rows WHERE coalesce(
        CASE WHEN row.key IS NULL OR after.key IS NULL
          THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN $descending THEN row.key IS NULL ELSE after.key IS NULL END
          WHEN row.key = after.key THEN row.id <= after.id
          WHEN $descending THEN row.key > after.key
          ELSE row.key < after.key END, false)]) END] |
      head([hi IN [CASE WHEN before IS NULL THEN size(rows) ELSE size([row IN rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR before.key IS NULL
            THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN $descending THEN row.key IS NULL ELSE before.key IS NULL END
            WHEN row.key = before.key THEN row.id < before.id
            WHEN $descending THEN row.key > before.key
            ELSE row.key < before.key END, false)]) END] |
        CASE WHEN $page.last IS NOT NULL
          THEN {start: CASE WHEN hi - $page.last > lo THEN hi - $page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
          ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + $page.first < hi THEN lo + $page.first ELSE hi END} END
      ])
    ])
  ])
]) AS window
WITH day, named, size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage, rows[window.start..window.end] AS pageRows
WITH day, named, totalCount, hasPreviousPage, hasNextPage, [row IN pageRows | row.n] AS page, [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
 type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
 id: row.id}] AS positions
CALL (day, page) {
  UNWIND page AS n
  RETURN collect(n {
    .id, .name, .nameEn, .kind, from: toString(n.from), to: toString(n.to),
    asOf: $asOf,
    active: n.from <= day AND (n.to IS NULL OR day < n.to),
    township: CASE WHEN $include IS NULL OR 'township' IN $include THEN head(COLLECT {
      MATCH (n)-[r:IN]->(t:Township)
      WITH t, r ORDER BY r.from DESC
      RETURN t { .id, .name, .nameEn }
    }) END,
    posts: CASE WHEN $include IS NULL OR 'posts' IN $include THEN COLLECT {
      MATCH (post:Post)-[r:IN]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
      WITH post ORDER BY post.rank DESC, post.id
      RETURN post { .id, .name, .nameEn, .rank, .level }
    } ELSE [] END,
    people: CASE WHEN $include IS NULL OR 'people' IN $include THEN COLLECT {
      MATCH (person:Person)-[h:HOLDS]->(post:Post)-[r:IN]->(n)
      WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH person, h, post ORDER BY post.id, coalesce(h.acting, false), person.id
      RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
    } ELSE [] END,
    duties: CASE WHEN $include IS NULL OR 'duties' IN $include THEN COLLECT {
      MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH duty, r ORDER BY r.role DESC, duty.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Office', id: n.id, name: n.name, nameEn: n.nameEn } }
    } + COLLECT {
      MATCH (post:Post)-[pi:IN]->(n)
      WHERE pi.from <= day AND (pi.to IS NULL OR day < pi.to)
      MATCH (post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH post, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn } }
    } ELSE [] END,
    leadersInCharge: CASE WHEN $include IS NULL OR 'leadersInCharge' IN $include THEN COLLECT {
      MATCH (leader:Post)-[r:IN_CHARGE_OF]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH leader, r ORDER BY leader.id
      RETURN {
        post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
        holders: COLLECT {
          MATCH (person:Person)-[h:HOLDS]->(leader)
          WHERE h.from <= day AND (h.to IS NULL OR day < h.to)
          WITH person, h ORDER BY coalesce(h.acting, false), person.id
          RETURN { person: person { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                   acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
        }
      }
    } ELSE [] END,
    villages: CASE WHEN $include IS NULL OR 'villages' IN $include THEN COLLECT {
      MATCH (village:Village)-[r:UNDER]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH village ORDER BY village.id
      RETURN village { .id, .name, .nameEn, .kind }
    } ELSE [] END,
    mergedInto: CASE WHEN $include IS NULL OR 'mergedInto' IN $include THEN COLLECT { MATCH (n)-[:MERGED_INTO]->(other:Office) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END,
    mergedFrom: CASE WHEN $include IS NULL OR 'mergedFrom' IN $include THEN COLLECT { MATCH (other:Office)-[:MERGED_INTO]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END
  }) AS items
}
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS n MATCH (n)-[:IN]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
