// mutations/store-idempotency-key: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: at, hash, key, mutation, result
// Stores what a write under an Idempotency-Key asked for (hash of operation and variables) and
// what it answered (JSON), in the write's own transaction, so both commit or neither does.
MATCH (k:IdempotencyKey {key: $key})
SET k.hash = $hash, k.result = $result, k.mutation = $mutation, k.at = datetime($at)
RETURN k.key AS key
