// Hard delete of a record entered by mistake (admins only; the Change node recording it is written in
// the same transaction). Returns what was removed so the change record keeps it.
CALL () {
  /*@ node-by-id(id: $id) */
}
WITH node,
     properties(node) AS props,
     COLLECT { MATCH (node)-[edge]-(other) WHERE other.id IS NOT NULL RETURN {type: type(edge), outgoing: startNode(edge) = node, other: other.id, properties: properties(edge)} } AS edges
DETACH DELETE node
RETURN props, edges
