// every-node: every node of every label of the model (src/domain/model.ts), one UNION ALL branch per
// label, each a scan of that label only: its id, its label, and whether a post has a single holder.
// A subquery body: write it alone inside CALL, as `CALL () { /*@ every-node() */ }`; returns id, label, singleHolder.
// @each-label UNION ALL
MATCH (node:@label) RETURN node.id AS id, '@label' AS label, CASE WHEN node:Post THEN coalesce(node.singleHolder, true) END AS singleHolder
