// system/get-graph-revision: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// The graph's revision now (0 before the first write): the response cache's key part that moves on every write.
OPTIONAL MATCH (revision:GraphRevision {id: 'graph'})
RETURN coalesce(revision.value, 0) AS revision
