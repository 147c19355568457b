// system/get-database-info: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// The server's name, version and edition, and how many nodes of each domain label exist.
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition
CALL {
  UNWIND ['Township', 'Office', 'Post', 'Person', 'Village', 'Station', 'Department', 'PartyOrganization', 'Duty', 'Document'] AS label
  CALL {
    WITH label
    MATCH (n) WHERE label IN labels(n)
    RETURN count(n) AS nodes
  }
  RETURN collect({label: label, count: nodes}) AS counts
}
RETURN name, version, edition, counts
