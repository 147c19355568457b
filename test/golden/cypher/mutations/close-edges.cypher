// mutations/close-edges: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Closes dated edges found earlier in the same transaction: `to` becomes the day of the change
// (exclusive), so the history before it stays. $rows: [{edge: elementId, to: 'YYYY-MM-DD'}].
UNWIND $rows AS row
MATCH ()-[edge]->()
WHERE elementId(edge) = row.edge
SET edge.to = date(row.to)
RETURN count(edge) AS closed
