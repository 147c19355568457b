// dataset/transaction-memory-limit: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// The server's limits on transaction memory ('768.00MiB'; '0B' means none), for an import that
// splits itself into transactions that fit (--rows-per-transaction auto).
SHOW SETTINGS YIELD name, value
WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max']
RETURN name, value
