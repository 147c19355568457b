// entities/find-posts: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, descending, id, include, includeClosed, level, page, rank, sort, text, township
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
            WHERE ($includeClosed OR (r.from <= day AND (r.to IS NULL OR day < r.to)))
              AND (unit = named OR EXISTS { (unit)-[:IN|UNDER|LOCATED_IN*1..2]->(named) }) }))
      AND ($includeClosed OR (n.from <= day AND (n.to IS NULL OR day < n.to)))
      AND ($level IS NULL OR n.level = $level)
      AND ($rank IS NULL OR n.rank = $rank)
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'LEVEL' THEN n.level WHEN 'RANK' THEN n.rank WHEN 'FROM' THEN n.from ELSE n.id END AS key
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
  CALL (n, day) {
    RETURN CASE WHEN $include IS NULL OR 'holders' IN $include THEN COLLECT {
      MATCH (person:Person)-[h:HOLDS]->(n)
      WITH person, h ORDER BY h.from, person.id
      RETURN { person: person { .id, .name, .nameEn }, post: n { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
               current: h.from <= day AND (h.to IS NULL OR day < h.to) }
    } ELSE [] END AS history
  }
  WITH n, day, history, [a IN history WHERE a.current] AS holders
  RETURN collect(n {
    .id, .name, .nameEn, .level, .rank, from: toString(n.from), to: toString(n.to),
    singleHolder: coalesce(n.singleHolder, true),
    asOf: $asOf,
    active: n.from <= day AND (n.to IS NULL OR day < n.to),
    unit: CASE WHEN $include IS NULL OR 'unit' IN $include THEN head(COLLECT {
      MATCH (n)-[r:IN]->(unit)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH unit, r ORDER BY r.from DESC, unit.id
      RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
    }) END,
    units: CASE WHEN $include IS NULL OR 'units' IN $include THEN COLLECT {
      MATCH (n)-[r:IN]->(unit)
      WITH unit, r ORDER BY r.from, unit.id
      RETURN { unit: { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn },
               from: toString(r.from), to: toString(r.to) }
    } ELSE [] END,
    township: CASE WHEN $include IS NULL OR 'township' IN $include THEN head(COLLECT {
      MATCH (n)-[:IN|UNDER|LOCATED_IN*1..3]->(t:Township)
      WITH DISTINCT t ORDER BY t.id
      RETURN t { .id, .name, .nameEn }
    }) END,
    holders: [a IN holders | a { .person, .post, .from, .to, .acting, .townConsulted }],
    actingHolders: [a IN holders WHERE a.acting | a { .person, .post, .from, .to, .acting, .townConsulted }],
    holderHistory: [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted }],
    vacant: n.from <= day AND (n.to IS NULL OR day < n.to) AND none(a IN holders WHERE NOT a.acting),
    deputyOf: CASE WHEN $include IS NULL OR 'deputyOf' IN $include THEN head(COLLECT { MATCH (n)-[:DEPUTY_OF]->(other:Post) RETURN other { .id, .name, .nameEn, .rank, .level } }) END,
    deputies: CASE WHEN $include IS NULL OR 'deputies' IN $include THEN COLLECT { MATCH (other:Post)-[:DEPUTY_OF]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .rank, .level } } ELSE [] END,
    inChargeOf: CASE WHEN $include IS NULL OR 'inChargeOf' IN $include THEN COLLECT {
      MATCH (n)-[r:IN_CHARGE_OF]->(office:Office)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH office, r ORDER BY office.id
      RETURN { office: office { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
    } ELSE [] END,
    duties: CASE WHEN $include IS NULL OR 'duties' IN $include THEN COLLECT {
      MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH duty, r ORDER BY r.role DESC, duty.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: n.id, name: n.name, nameEn: n.nameEn } }
    } ELSE [] END
  }) AS items
}
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS n MATCH (n)-[:IN|UNDER|LOCATED_IN*1..3]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
