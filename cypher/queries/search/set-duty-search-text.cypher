// The backfill's half of a duty's search words: $rows: {duty, searchText}, for duties already in the graph
// (an import or a mutation writes them with the node, dataset/merge-duties).
UNWIND $rows AS row
MATCH (duty:Duty {id: row.duty})
SET duty.searchText = row.searchText
