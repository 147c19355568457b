// dataset/count-nodes: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: (none)
// How many nodes the graph holds (from the count store, not a scan): the importer scans every id of
// the graph when that is cheaper than looking up each id a file names one by one.
MATCH (node)
RETURN count(node) AS nodes
