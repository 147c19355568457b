// entities/find-people: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, descending, id, include, page, sort, text, township
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
              WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
                AND (unit = named OR EXISTS { (unit)-[:IN|UNDER|LOCATED_IN*1..2]->(named) }) }
            OR EXISTS {
              MATCH (n)-[r:RESIDENT_CADRE_IN]->(village:Village)
              WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND EXISTS { (village)-[:UNDER|IN*1..2]->(named) } })))
      AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    RETURN n
  }
  WITH n, CASE $sort WHEN 'NAME' THEN n.name WHEN 'NAME_EN' THEN n.nameEn WHEN 'BIRTH_DATE' THEN n.birthDate ELSE n.id END AS key
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
    WITH n, day, $include IS NULL OR 'appointments' IN $include AS wantHistory
    RETURN CASE WHEN wantHistory OR 'posts' IN $include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)
      WHERE wantHistory OR (h.from <= day AND (h.to IS NULL OR day < h.to))
      WITH post, h ORDER BY h.from, post.id
      RETURN { person: n { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
               current: h.from <= day AND (h.to IS NULL OR day < h.to),
               unit: head(COLLECT {
                 MATCH (post)-[r:IN]->(unit)
                 WITH unit, r ORDER BY r.from <= day AND (r.to IS NULL OR day < r.to) DESC, r.from DESC, unit.id
                 RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
               }) }
    } ELSE [] END AS history,
    CASE WHEN $include IS NULL OR 'postDuties' IN $include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH post, h, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
               owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn },
               post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
    } ELSE [] END + CASE WHEN $include IS NULL OR 'officeDuties' IN $include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[pi:IN]->(office:Office)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND pi.from <= day AND (pi.to IS NULL OR day < pi.to)
        AND r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH post, h, office, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
               owner: { label: 'Office', id: office.id, name: office.name, nameEn: office.nameEn },
               post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
    } ELSE [] END AS duties,
    CASE WHEN $include IS NULL OR 'officesInCharge' IN $include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[r:IN_CHARGE_OF]->(office:Office)
      WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH post, h, office, r ORDER BY office.id, post.id
      RETURN { office: office { .id, .name, .nameEn, .kind }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
               acting: coalesce(h.acting, false) }
    } ELSE [] END AS officesInCharge,
    CASE WHEN $include IS NULL OR 'residentCadreIn' IN $include THEN COLLECT {
      MATCH (n)-[r:RESIDENT_CADRE_IN]->(village:Village)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      WITH village, r ORDER BY village.id
      RETURN { village: village { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
    } ELSE [] END AS residentCadreIn
  }
  WITH n, day, history, duties, officesInCharge, residentCadreIn, [a IN history WHERE a.current] AS posts
  RETURN collect(n {
    .id, .name, .nameEn, .gender, birthDate: toString(n.birthDate), .partyMember,
    asOf: $asOf,
    // One step up the line from each post held: the leaders in charge of its office, and who they are.
    posts: [a IN posts | a { .person, .post, .from, .to, .acting, .townConsulted, .unit,
      leadersInCharge: CASE WHEN $include IS NULL OR 'leadersInCharge' IN $include THEN COLLECT {
        MATCH (:Post {id: a.post.id})-[pi:IN]->(office:Office)<-[c:IN_CHARGE_OF]-(leader:Post)
        WHERE pi.from <= day AND (pi.to IS NULL OR day < pi.to) AND c.from <= day AND (c.to IS NULL OR day < c.to)
          AND leader.from <= day AND (leader.to IS NULL OR day < leader.to)
        WITH leader, c ORDER BY leader.id
        RETURN { post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(c.from), to: toString(c.to),
                 holders: COLLECT {
                   MATCH (holder:Person)-[held:HOLDS]->(leader)
                   WHERE held.from <= day AND (held.to IS NULL OR day < held.to)
                   WITH holder, held ORDER BY coalesce(held.acting, false), holder.id
                   RETURN { person: holder { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level },
                            from: toString(held.from), to: toString(held.to), acting: coalesce(held.acting, false), townConsulted: held.townConsulted }
                 } }
      } END }],
    appointments: CASE WHEN $include IS NULL OR 'appointments' IN $include THEN [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted, .unit }] ELSE [] END,
    crossPosted: size(posts) > 1,
    duties: duties,
    officesInCharge: officesInCharge,
    residentCadreIn: residentCadreIn,
    workload: {
      posts: size(posts),
      actingPosts: size([a IN posts WHERE a.acting]),
      officesInCharge: size(officesInCharge),
      leadDuties: size(reduce(ids = [], d IN duties | CASE WHEN d.role = 'LEAD' AND NOT d.duty.id IN ids THEN ids + [d.duty.id] ELSE ids END)),
      assistDuties: size(reduce(ids = [], d IN duties | CASE WHEN d.role = 'ASSIST' AND NOT d.duty.id IN ids THEN ids + [d.duty.id] ELSE ids END)),
      residentCadreVillages: size(residentCadreIn)
    }
  }) AS items
}
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
