// mutations/list-change-log: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: actor, entity, page, since
// changeLog: the audit trail, newest first (ties by id), filtered by day, entity id and actor, one page of it.
// $since: YYYY-MM-DD or null; $entity, $actor: text or null; $page: {first, last, after, before} (page-window).
MATCH (change:Change)
WHERE ($since IS NULL OR change.at >= datetime({date: date($since)}))
  AND ($entity IS NULL OR $entity IN change.entities)
  AND ($actor IS NULL OR change.actor = $actor)
WITH change ORDER BY change.at DESC, change.id
WITH collect({key: change.at, id: change.id, change: change}) AS rows
WITH rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
    WHEN 'DATE' THEN date($page.after.key) WHEN 'DATETIME' THEN datetime($page.after.key) ELSE $page.after.key END} END] |
  head([before IN [CASE WHEN $page.before IS NULL THEN null ELSE {id: $page.before.id, key: CASE $page.before.type
      WHEN 'DATE' THEN date($page.before.key) WHEN 'DATETIME' THEN datetime($page.before.key) ELSE $page.before.key END} END] |
    head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN rows WHERE coalesce(
        CASE WHEN row.key IS NULL OR after.key IS NULL
          THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN true THEN row.key IS NULL ELSE after.key IS NULL END
          WHEN row.key = after.key THEN row.id <= after.id
          WHEN true THEN row.key > after.key
          ELSE row.key < after.key END, false)]) END] |
      head([hi IN [CASE WHEN before IS NULL THEN size(rows) ELSE size([row IN rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR before.key IS NULL
            THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN true THEN row.key IS NULL ELSE before.key IS NULL END
            WHEN row.key = before.key THEN row.id < before.id
            WHEN true THEN row.key > before.key
            ELSE row.key < before.key END, false)]) END] |
        CASE WHEN $page.last IS NOT NULL
          THEN {start: CASE WHEN hi - $page.last > lo THEN hi - $page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
          ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + $page.first < hi THEN lo + $page.first ELSE hi END} END
      ])
    ])
  ])
]) AS window
WITH rows, window, rows[window.start..window.end] AS pageRows
RETURN size(rows) AS totalCount,
       window.start > 0 AS hasPreviousPage,
       window.end < size(rows) AS hasNextPage,
       [row IN pageRows | {id: row.change.id, at: row.change.at, actor: row.change.actor, mutation: row.change.mutation,
                            arguments: row.change.arguments, entities: row.change.entities, diff: row.change.diff}] AS items,
       [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
        type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
        id: row.id}] AS positions
