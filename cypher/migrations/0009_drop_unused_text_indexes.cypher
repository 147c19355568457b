// The two cjk full-text indexes of migrations 0002–0005 are read by no statement since duty search
// moved to `duty_words` (0007, words as the service cuts them) and the list filters to a CONTAINS
// on the one page of candidates, yet Neo4j kept both up to date inside every write: each duty's seven
// texts cut into bigrams (`duty_text`) and every entity's names (`entity_names`). Dropped, they cost
// an import nothing.
DROP INDEX duty_text IF EXISTS;
DROP INDEX entity_names IF EXISTS;
