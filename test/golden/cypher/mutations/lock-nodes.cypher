// mutations/lock-nodes: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
// Takes the write lock on each named node (held until the transaction ends) without changing it, so
// concurrent mutations of the same post or duty run one after the other and each checks the state the
// previous one committed. $ids: list of ids, locked in id order (a fixed order cannot deadlock).
UNWIND $ids AS id
WITH id ORDER BY id
CALL (id) {
  MATCH (node:Post {id: id}) RETURN node
  UNION MATCH (node:Duty {id: id}) RETURN node
  UNION MATCH (node:Office {id: id}) RETURN node
  UNION MATCH (node:Village {id: id}) RETURN node
  UNION MATCH (node:Station {id: id}) RETURN node
  UNION MATCH (node:Person {id: id}) RETURN node
}
SET node._lock = true
REMOVE node._lock
RETURN count(node) AS locked
