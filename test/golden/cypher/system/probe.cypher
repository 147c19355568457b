// system/probe: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// The circuit breaker's probe: one round trip that needs the database to be up and answering.
RETURN 1 AS up
