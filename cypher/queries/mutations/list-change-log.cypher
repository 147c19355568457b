// changeLog: the audit trail, newest first (ties by id), filtered by day, entity id and actor, one page of it.
// $since: YYYY-MM-DD or null; $entity, $actor: text or null; $page: {first, last, after, before} (page-window).
MATCH (change:Change)
WHERE ($since IS NULL OR change.at >= datetime({date: date($since)}))
  AND ($entity IS NULL OR $entity IN change.entities)
  AND ($actor IS NULL OR change.actor = $actor)
WITH change ORDER BY change.at DESC, change.id
WITH collect({key: change.at, id: change.id, change: change}) AS rows
WITH rows, /*@ page-window(rows: rows, page: $page, descending: true) */ AS window
WITH rows, window, rows[window.start..window.end] AS pageRows
RETURN size(rows) AS totalCount,
       window.start > 0 AS hasPreviousPage,
       window.end < size(rows) AS hasNextPage,
       [row IN pageRows | {id: row.change.id, at: row.change.at, actor: row.change.actor, mutation: row.change.mutation,
                            arguments: row.change.arguments, entities: row.change.entities, diff: row.change.diff}] AS items,
       [row IN pageRows | /*@ page-position(row: row) */] AS positions
