// dataset/scan-ids: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// Every id of the graph with its label, and whether a post has a single holder: what
// find-existing-ids returns, for all nodes at once. Used when the file names about as many ids as
// the graph holds (a first import of a province), where one pass over each label beats a lookup
// per id under each label.
CALL () {
  MATCH (node:Township) RETURN node.id AS id, 'Township' AS label, CASE 'Township' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Department) RETURN node.id AS id, 'Department' AS label, CASE 'Department' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:PartyOrganization) RETURN node.id AS id, 'PartyOrganization' AS label, CASE 'PartyOrganization' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Document) RETURN node.id AS id, 'Document' AS label, CASE 'Document' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Office) RETURN node.id AS id, 'Office' AS label, CASE 'Office' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Post) RETURN node.id AS id, 'Post' AS label, CASE 'Post' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Person) RETURN node.id AS id, 'Person' AS label, CASE 'Person' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Village) RETURN node.id AS id, 'Village' AS label, CASE 'Village' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Station) RETURN node.id AS id, 'Station' AS label, CASE 'Station' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
  UNION ALL MATCH (node:Duty) RETURN node.id AS id, 'Duty' AS label, CASE 'Duty' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
}
RETURN id, label, singleHolder
