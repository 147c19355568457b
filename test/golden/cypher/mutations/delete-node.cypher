// mutations/delete-node: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: id
// Hard delete of a record entered by mistake (admins only; the Change node recording it is written in
// the same transaction). Returns what was removed so the change record keeps it.
CALL () {
  MATCH (node:Township {id: $id}) RETURN node
  UNION MATCH (node:Department {id: $id}) RETURN node
  UNION MATCH (node:PartyOrganization {id: $id}) RETURN node
  UNION MATCH (node:Document {id: $id}) RETURN node
  UNION MATCH (node:Office {id: $id}) RETURN node
  UNION MATCH (node:Post {id: $id}) RETURN node
  UNION MATCH (node:Person {id: $id}) RETURN node
  UNION MATCH (node:Village {id: $id}) RETURN node
  UNION MATCH (node:Station {id: $id}) RETURN node
  UNION MATCH (node:Duty {id: $id}) RETURN node
}
WITH node,
     properties(node) AS props,
     COLLECT { MATCH (node)-[edge]-(other) WHERE other.id IS NOT NULL RETURN {type: type(edge), outgoing: startNode(edge) = node, other: other.id, properties: properties(edge)} } AS edges
DETACH DELETE node
RETURN props, edges
