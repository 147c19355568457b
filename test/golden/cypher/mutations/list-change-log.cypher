// mutations/list-change-log: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: actor, entity, limit, offset, since
// changeLog: the audit trail, newest first, filtered by day, entity id and actor, one page of it.
// $since: YYYY-MM-DD or null; $entity, $actor: text or null; $offset, $limit: integers.
MATCH (change:Change)
WHERE ($since IS NULL OR change.at >= datetime({date: date($since)}))
  AND ($entity IS NULL OR $entity IN change.entities)
  AND ($actor IS NULL OR change.actor = $actor)
WITH change ORDER BY change.at DESC, change.id DESC
WITH collect(change) AS changes
RETURN size(changes) AS totalCount,
       [change IN changes[$offset..($offset + $limit)] | change { .id, .at, .actor, .mutation, .arguments, .entities, .diff }] AS items
