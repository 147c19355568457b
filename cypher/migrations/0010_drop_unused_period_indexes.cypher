// The relationship indexes on the validity period of HOLDS and RESPONSIBLE_FOR (migration 0002) are
// in no statement's plan: every question reaches those edges from a node it found by id (or by a
// search index) and tests the day on the edges it expands, never seeks edges by date across the
// graph (EXPLAIN of every catalog statement on the 100-town bench graph: no relationship index in any
// plan). Yet Neo4j kept an entry per edge up to date in every write, and a province has about a million
// RESPONSIBLE_FOR edges: the 100-town import's merge-responsibilities went from 6.9 s to 4.4 s.
DROP INDEX holds_period IF EXISTS;
DROP INDEX responsible_period IF EXISTS;
