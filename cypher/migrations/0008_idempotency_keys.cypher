// Idempotency-Key of writes: one node per (caller, key, write of the request), written in the
// write's own transaction; MERGE on the unique key makes a concurrent duplicate wait for the first.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE;
