// mutations/record-change: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: actor, arguments, at, diff, entities, id, mutation
// The audit trail: one Change node per mutation, written in the mutation's own transaction, so a
// change is recorded exactly when it is committed. arguments and diff are JSON text.
CREATE (change:Change {
  id: $id,
  at: datetime($at),
  actor: $actor,
  mutation: $mutation,
  arguments: $arguments,
  entities: $entities,
  diff: $diff
})
RETURN change.id AS id
