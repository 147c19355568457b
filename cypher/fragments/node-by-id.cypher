// node-by-id: the node with the id, whatever its label: one UNION branch per label of the model
// (src/domain/model.ts), each a seek on that label's unique id index. Cypher takes no label as a
// $parameter, and a MATCH on any label would scan every node.
// A subquery body returning `node`: write it alone inside CALL, as `CALL (id) { /*@ node-by-id(id: id) */ }`.
// @param id  the id, a variable or a $parameter
// @each-label UNION
MATCH (node:@label {id: @id}) RETURN node
