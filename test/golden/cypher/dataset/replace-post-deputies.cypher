// dataset/replace-post-deputies: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A post deputises for at most one post: the file's value replaces the graph's (null removes it).
UNWIND $rows AS row
MATCH (post:Post {id: row.id})
CALL (post, row) {
  MATCH (post)-[stale:DEPUTY_OF]->(other:Post)
  WHERE row.deputyOf IS NULL OR other.id <> row.deputyOf
  DELETE stale
}
WITH post, row
WHERE row.deputyOf IS NOT NULL
MATCH (target:Post {id: row.deputyOf})
MERGE (post)-[:DEPUTY_OF]->(target)
