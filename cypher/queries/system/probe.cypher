// The circuit breaker's probe: one round trip that needs the database to be up and answering.
RETURN 1 AS up
