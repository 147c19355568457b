// What the graph already knows about the ids a dataset file names: their label, whether a post
// has a single holder, and the PART_OF chain above a duty (so a cycle through the graph is caught).
UNWIND $ids AS id
CALL (id) {
  /*@ node-by-id(id: id) */
}
RETURN id,
  /*@ label-of(node: node) */ AS label,
  CASE WHEN node:Post THEN coalesce(node.singleHolder, true) END AS singleHolder,
  CASE WHEN node:Duty
    THEN COLLECT { MATCH (node)-[:PART_OF*0..]->(child:Duty)-[:PART_OF]->(parent:Duty) RETURN DISTINCT {duty: child.id, parent: parent.id} }
    ELSE []
  END AS partOf
