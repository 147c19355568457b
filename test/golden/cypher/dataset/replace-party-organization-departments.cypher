// dataset/replace-party-organization-departments: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A department party committee belongs to at most one department: the file's value replaces the graph's.
UNWIND $rows AS row
MATCH (organization:PartyOrganization {id: row.id})
CALL (organization, row) {
  MATCH (organization)-[stale:OF]->(other:Department)
  WHERE row.department IS NULL OR other.id <> row.department
  DELETE stale
}
WITH organization, row
WHERE row.department IS NOT NULL
MATCH (target:Department {id: row.department})
MERGE (organization)-[:OF]->(target)
