// mutations/find-nodes: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
// The nodes a mutation names: label, properties, whether a post has a single holder, and the PART_OF
// chain above a duty (so a new parent that would close a cycle is caught). $ids: list of ids.
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
  properties(node) AS props,
  CASE WHEN node:Office THEN head([(node)-[:IN]->(township:Township) | township.id]) END AS township,
  CASE WHEN node:Duty
    THEN COLLECT { MATCH (node)-[:PART_OF*0..]->(child:Duty)-[:PART_OF]->(parent:Duty) RETURN DISTINCT {duty: child.id, parent: parent.id} }
    ELSE []
  END AS partOf
