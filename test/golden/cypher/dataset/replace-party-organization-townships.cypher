// dataset/replace-party-organization-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A party organisation is in at most one township: the file's value replaces the graph's (null removes it).
UNWIND $rows AS row
MATCH (organization:PartyOrganization {id: row.id})
CALL (organization, row) {
  MATCH (organization)-[stale:IN]->(other:Township)
  WHERE row.township IS NULL OR other.id <> row.township
  DELETE stale
}
WITH organization, row
WHERE row.township IS NOT NULL
MATCH (target:Township {id: row.township})
MERGE (organization)-[:IN]->(target)
