// Every id of the graph with its label, and whether a post has a single holder: what
// find-existing-ids returns, for all nodes at once. Used when the file names about as many ids as
// the graph holds (a first import of a province), where one pass over each label beats a lookup
// per id under each label.
CALL () {
  /*@ every-node() */
}
RETURN id, label, singleHolder
