// mutations/find-creation-change: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: id, mutation
// The change record of the create mutation that made an entity (the newest, should there be more):
// a create sent again with identical input answers with it, as a replay.
MATCH (change:Change {mutation: $mutation})
WHERE $id IN change.entities
WITH change ORDER BY change.at DESC LIMIT 1
RETURN change { .id, .at, .actor, .mutation, .arguments, .entities, .diff } AS change
