// node(id) and nodes(ids): entities of any label by id, each as its own lookup shows it, in one round trip.
// $lookup: { ids: the ids (unknown ones are simply not found), include: { township: [...], department: [...], … duty: [...] },
// the parts of each label to compute (the $include of its find statement), or null for all of them }; $asOf: YYYY-MM-DD;
// $identity: whether the caller may learn people (else `people` is empty and `refusedPeople` lists the ids of the people asked for).
// The ids and parts come in one map because Neo4j plans a statement again for each size class of a list
// parameter (1, 2–10, 11–100 …): eleven lists made hundreds of plans of this long statement, a map makes one.
// One row: dataFrom (the earliest day of data of every township), refusedPeople, and the entities found, one list per label.
WITH date($asOf) AS day
CALL (day) {
  WITH day, COLLECT { MATCH (n:Township) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ township-items(page: page, day: day, include: $lookup.include.township) */
  RETURN items AS townships
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Department) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ department-items(page: page, day: day, include: $lookup.include.department) */
  RETURN items AS departments
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:PartyOrganization) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ party-organization-items(page: page, day: day, include: $lookup.include.partyOrganization) */
  RETURN items AS partyOrganizations
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Document) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ document-items(page: page, day: day, include: $lookup.include.document) */
  RETURN items AS documents
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Office) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ office-items(page: page, day: day, include: $lookup.include.office) */
  RETURN items AS offices
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Post) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ post-items(page: page, day: day, include: $lookup.include.post) */
  RETURN items AS posts
}
CALL (day) {
  // People only for a caller who may learn identities ($identity); for others only their ids, refused one by one.
  WITH day, CASE WHEN $identity THEN COLLECT { MATCH (n:Person) WHERE n.id IN $lookup.ids RETURN n } ELSE [] END AS page
  /*@ person-items(page: page, day: day, include: $lookup.include.person) */
  RETURN items AS people
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Village) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ village-items(page: page, day: day, include: $lookup.include.village) */
  RETURN items AS villages
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Station) WHERE n.id IN $lookup.ids RETURN n } AS page
  /*@ station-items(page: page, day: day, include: $lookup.include.station) */
  RETURN items AS stations
}
CALL (day) {
  WITH day, COLLECT {
    MATCH (n:Duty) WHERE n.id IN $lookup.ids
    WITH n, /*@ duty-lead-count(duty: n, day: day) */ AS leadCount
    RETURN { node: n, leadCount: leadCount, leadStatus: CASE leadCount WHEN 0 THEN 'BLANK' WHEN 1 THEN 'LED' ELSE 'OVERLAP' END }
  } AS page
  /*@ duty-items(page: page, day: day, include: $lookup.include.duty) */
  RETURN items AS duties
}
RETURN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) AS dataFrom,
       CASE WHEN $identity THEN [] ELSE COLLECT { MATCH (n:Person) WHERE n.id IN $lookup.ids RETURN n.id } END AS refusedPeople,
       townships, departments, partyOrganizations, documents, offices, posts, people, villages, stations, duties
