// every-node: every node of every label of the model (src/domain/model.ts), one UNION ALL branch per
// label, each a scan of that label only: its id, its label, and whether a post has a single holder
// (the label is a literal in each branch, so only the Post branch reads singleHolder).
// A subquery body: write it alone inside CALL, as `CALL () { /*@ every-node() */ }`; returns id, label, singleHolder.
// @each-label UNION ALL
MATCH (node:@label) RETURN node.id AS id, '@label' AS label, CASE '@label' WHEN 'Post' THEN coalesce(node.singleHolder, true) END AS singleHolder
