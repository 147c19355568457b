// dataset/find-existing-ids: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
// What the graph already knows about the ids a dataset file names: their label, whether a post
// has a single holder, and the PART_OF chain above a duty (so a cycle through the graph is caught).
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Township {id: id}) RETURN node
  UNION MATCH (node:Department {id: id}) RETURN node
  UNION MATCH (node:PartyOrganization {id: id}) RETURN node
  UNION MATCH (node:Document {id: id}) RETURN node
  UNION MATCH (node:Office {id: id}) RETURN node
  UNION MATCH (node:Post {id: id}) RETURN node
  UNION MATCH (node:Person {id: id}) RETURN node
  UNION MATCH (node:Village {id: id}) RETURN node
  UNION MATCH (node:Station {id: id}) RETURN node
  UNION MATCH (node:Duty {id: id}) RETURN node
}
RETURN id,
  [label IN labels(node) WHERE label IN ['Township', 'Department', 'PartyOrganization', 'Document', 'Office', 'Post', 'Person', 'Village', 'Station', 'Duty']][0] AS label,
  CASE WHEN node:Post THEN coalesce(node.singleHolder, true) END AS singleHolder,
  CASE WHEN node:Duty
    THEN COLLECT { MATCH (node)-[:PART_OF*0..]->(child:Duty)-[:PART_OF]->(parent:Duty) RETURN DISTINCT {duty: child.id, parent: parent.id} }
    ELSE []
  END AS partOf
