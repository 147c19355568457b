// mutations/find-edges: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids, types
// Every dated edge of the given types at the nodes a mutation names, in both directions, with its
// element id (valid inside this transaction only) so a later statement can close exactly that edge.
// $ids: list of ids; $types: relationship types from the service's allow-list.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Office {id: id}) RETURN node
  UNION MATCH (node:Post {id: id}) RETURN node
  UNION MATCH (node:Person {id: id}) RETURN node
  UNION MATCH (node:Village {id: id}) RETURN node
  UNION MATCH (node:Station {id: id}) RETURN node
  UNION MATCH (node:Duty {id: id}) RETURN node
}
RETURN id, COLLECT {
  MATCH (node)-[edge]-(other)
  WHERE type(edge) IN $types AND edge.from IS NOT NULL
  RETURN {
    edge: elementId(edge),
    type: type(edge),
    outgoing: startNode(edge) = node,
    other: other.id,
    otherLabel: [label IN labels(other) WHERE label IN ['Township', 'Office', 'Post', 'Person', 'Village', 'Station', 'Duty', 'Department', 'PartyOrganization']][0],
    from: edge.from,
    to: edge.to,
    role: edge.role,
    acting: edge.acting,
    townConsulted: edge.townConsulted,
    basis: edge.basis,
    exemption: edge.exemption,
    recordedAt: edge.recordedAt
  } AS found
  ORDER BY found.from, found.other
} AS edges
