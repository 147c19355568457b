// How many nodes the graph holds (from the count store, not a scan): the importer scans every id of
// the graph when that is cheaper than looking up each id a file names one by one.
MATCH (node)
RETURN count(node) AS nodes
