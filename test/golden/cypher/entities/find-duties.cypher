// entities/find-duties: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, category, descending, id, include, leadStatus, page, sort, text, township
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
  WITH n, day, COUNT {
    MATCH (owner)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(n)
    WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
    RETURN DISTINCT owner
  } AS leadCount
  WITH n, leadCount, CASE leadCount WHEN 0 THEN 'BLANK' WHEN 1 THEN 'LED' ELSE 'OVERLAP' END AS leadStatus
  WHERE $id IS NOT NULL OR $leadStatus IS NULL OR leadStatus = $leadStatus
  WITH n, leadCount, leadStatus, CASE $sort WHEN 'TITLE' THEN n.title WHEN 'TITLE_EN' THEN n.titleEn WHEN 'CATEGORY' THEN n.category ELSE n.id END AS key
  ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC, n.id
  RETURN collect({key: key, id: n.id, n: { node: n, leadCount: leadCount, leadStatus: leadStatus }}) AS rows
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
  UNWIND page AS entry
  WITH day, entry, entry.node AS n
  RETURN collect(n {
    .id, .title, .titleEn, .description, .descriptionEn, .category,
    keywords: coalesce(n.keywords, []),
    // The responsibility-list fields, stored as lists of one length ('' = no article / measure).
    itemType: n.itemType,
    legalBases: [index IN range(0, size(coalesce(n.legalBasisTitles, [])) - 1) |
      {title: n.legalBasisTitles[index], article: CASE n.legalBasisArticles[index] WHEN '' THEN null ELSE n.legalBasisArticles[index] END}],
    accountability: coalesce(n.accountability, []),
    integrityRisks: [index IN range(0, size(coalesce(n.riskPoints, [])) - 1) |
      {risk: n.riskPoints[index], control: CASE n.riskControls[index] WHEN '' THEN null ELSE n.riskControls[index] END}],
    asOf: $asOf,
    leadCount: entry.leadCount,
    leadStatus: entry.leadStatus,
    township: CASE WHEN $include IS NULL OR 'township' IN $include THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
    parent: CASE WHEN $include IS NULL OR 'parent' IN $include THEN head(COLLECT { MATCH (n)-[:PART_OF]->(parent:Duty) WITH parent ORDER BY parent.id RETURN parent { .id, .title, .titleEn, .category } }) END,
    children: CASE WHEN $include IS NULL OR 'children' IN $include THEN COLLECT { MATCH (child:Duty)-[:PART_OF]->(n) WITH child ORDER BY child.id RETURN child { .id, .title, .titleEn, .category } } ELSE [] END,
    basis: CASE WHEN $include IS NULL OR 'basis' IN $include THEN head(COLLECT {
      MATCH (n)-[r:DEFINED_BY]->(document:Document)
      WITH document, r ORDER BY document.id
      RETURN { document: document { .id, .title, .titleEn }, clause: r.clause }
    }) END,
    owners: CASE WHEN $include IS NULL OR 'owners' IN $include THEN COLLECT {
      MATCH (owner)-[r:RESPONSIBLE_FOR]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND (owner:Office OR owner:Post)
      WITH owner, r ORDER BY r.role DESC, owner.id
      RETURN {
        kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END,
        id: owner.id, name: coalesce(owner.name, owner.id), nameEn: owner.nameEn, role: r.role, from: toString(r.from), to: toString(r.to),
        // A post owner: its holders; an office owner: the holders of its principal posts.
        // (Two anchored branches rather than one OR, which would read every :Post.)
        holders: COLLECT {
          CALL (owner, day) {
            MATCH (person:Person)-[h:HOLDS]->(owner)
            WHERE owner:Post
            RETURN person, h, owner AS post
            UNION
            MATCH (person:Person)-[h:HOLDS]->(post:Post {rank: 'PRINCIPAL'})-[pi:IN]->(owner)
            WHERE owner:Office AND pi.from <= day AND (pi.to IS NULL OR day < pi.to)
            RETURN person, h, post
          }
          WITH person, h, post
          WHERE h.from <= day AND (h.to IS NULL OR day < h.to)
          WITH person, h, post ORDER BY coalesce(h.acting, false), post.id, person.id
          RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                   acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
        }
      }
    } ELSE [] END
  }) AS items
}
RETURN coalesce(
         CASE WHEN $township IS NOT NULL THEN named.dataFrom END,
         CASE WHEN $id IS NOT NULL THEN head(COLLECT {
           UNWIND page AS entry WITH entry.node AS n MATCH (n)-[:IN]->(t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) END,
         head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 })
       ) AS dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       totalCount, hasPreviousPage, hasNextPage,
       items, positions
