// dataset/scan-duty-parents: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// Every Duty PART_OF Duty edge of the graph: with scan-ids, a superset of the PART_OF chains
// find-existing-ids returns (the cycle check only walks up from the file's duties).
MATCH (child:Duty)-[:PART_OF]->(parent:Duty)
RETURN child.id AS duty, parent.id AS parent
