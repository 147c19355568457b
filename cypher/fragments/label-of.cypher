// label-of: the label of the model (src/domain/model.ts) a node has, or null.
// An expression: write it as a value, as `/*@ label-of(node: node) */ AS label`.
// @param node  the node
[label IN labels(@node) WHERE label IN [/*@ model-labels() */]][0]
