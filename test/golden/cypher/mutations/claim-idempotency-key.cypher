// mutations/claim-idempotency-key: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: key
// The stored write of an Idempotency-Key, claimed (and locked) for this transaction: a new key
// comes back with null hash and result; a concurrent request with the same key waits here until
// the first commits (then sees its result) or rolls back (then creates it anew).
MERGE (k:IdempotencyKey {key: $key})
RETURN k.hash AS hash, k.result AS result
