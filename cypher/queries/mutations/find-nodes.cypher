// The nodes a mutation names: label, properties, whether a post has a single holder, and the PART_OF
// chain above a duty (so a new parent that would close a cycle is caught). $ids: list of ids.
UNWIND $ids AS id
CALL (id) {
  /*@ node-by-id(id: id) */
}
RETURN id,
  /*@ label-of(node: node) */ AS label,
  properties(node) AS props,
  CASE WHEN node:Office THEN head([(node)-[:IN]->(township:Township) | township.id]) END AS township,
  CASE WHEN node:Duty
    THEN COLLECT { MATCH (node)-[:PART_OF*0..]->(child:Duty)-[:PART_OF]->(parent:Duty) RETURN DISTINCT {duty: child.id, parent: parent.id} }
    ELSE []
  END AS partOf
