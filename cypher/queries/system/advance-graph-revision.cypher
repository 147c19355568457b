// The graph's revision, advanced by one: the last statement of every write transaction, so a cached
// answer keyed by the revision it was computed at is never served once anything has changed.
// One node; MERGE creates it on the first write of a new graph (no constraint: schema changes cannot
// share a transaction with writes, and writes to it are serialised by its lock).
MERGE (revision:GraphRevision {id: 'graph'})
ON CREATE SET revision.value = 0
SET revision.value = revision.value + 1
