// search/link-duty-meanings: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// A duty's search words and meanings, replaced: $rows: {duty, searchText, keys}. MEANS edges are derived from
// the duty's texts (not history), so a renamed duty drops the old ones; the meanings themselves stay, shared.
UNWIND $rows AS row
MATCH (duty:Duty {id: row.duty})
SET duty.searchText = row.searchText
WITH duty, row
CALL (duty, row) {
  OPTIONAL MATCH (duty)-[old:MEANS]->(meaning:DutyMeaning)
  WHERE NOT meaning.key IN row.keys
  DELETE old
}
WITH duty, row
UNWIND row.keys AS key
MATCH (meaning:DutyMeaning {key: key})
MERGE (duty)-[:MEANS]->(meaning)
