// node(id) and nodes(ids): entities of any label by id, each as its own lookup shows it, in one round trip.
// $ids: the ids (unknown ones are simply not found); $asOf: YYYY-MM-DD.
// $townshipInclude, $departmentInclude, … $dutyInclude: the parts of each label to compute (the $include of its
// find statement), or null for all of them. $identity: whether the caller may learn people (else `people` is
// empty and `refusedPeople` lists the ids of the people asked for).
// One row: dataFrom (the earliest day of data of every township), refusedPeople, and the entities found, one list per label.
WITH date($asOf) AS day
CALL (day) {
  WITH day, COLLECT { MATCH (n:Township) WHERE n.id IN $ids RETURN n } AS page
  /*@ township-items(page: page, day: day, include: $townshipInclude) */
  RETURN items AS townships
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Department) WHERE n.id IN $ids RETURN n } AS page
  /*@ department-items(page: page, day: day, include: $departmentInclude) */
  RETURN items AS departments
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:PartyOrganization) WHERE n.id IN $ids RETURN n } AS page
  /*@ party-organization-items(page: page, day: day, include: $partyOrganizationInclude) */
  RETURN items AS partyOrganizations
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Document) WHERE n.id IN $ids RETURN n } AS page
  /*@ document-items(page: page, day: day, include: $documentInclude) */
  RETURN items AS documents
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Office) WHERE n.id IN $ids RETURN n } AS page
  /*@ office-items(page: page, day: day, include: $officeInclude) */
  RETURN items AS offices
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Post) WHERE n.id IN $ids RETURN n } AS page
  /*@ post-items(page: page, day: day, include: $postInclude) */
  RETURN items AS posts
}
CALL (day) {
  // People only for a caller who may learn identities ($identity); for others only their ids, refused one by one.
  WITH day, CASE WHEN $identity THEN COLLECT { MATCH (n:Person) WHERE n.id IN $ids RETURN n } ELSE [] END AS page
  /*@ person-items(page: page, day: day, include: $personInclude) */
  RETURN items AS people
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Village) WHERE n.id IN $ids RETURN n } AS page
  /*@ village-items(page: page, day: day, include: $villageInclude) */
  RETURN items AS villages
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Station) WHERE n.id IN $ids RETURN n } AS page
  /*@ station-items(page: page, day: day, include: $stationInclude) */
  RETURN items AS stations
}
CALL (day) {
  WITH day, COLLECT {
    MATCH (n:Duty) WHERE n.id IN $ids
    WITH n, /*@ duty-lead-count(duty: n, day: day) */ AS leadCount
    RETURN { node: n, leadCount: leadCount, leadStatus: CASE leadCount WHEN 0 THEN 'BLANK' WHEN 1 THEN 'LED' ELSE 'OVERLAP' END }
  } AS page
  /*@ duty-items(page: page, day: day, include: $dutyInclude) */
  RETURN items AS duties
}
RETURN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) AS dataFrom,
       CASE WHEN $identity THEN [] ELSE COLLECT { MATCH (n:Person) WHERE n.id IN $ids RETURN n.id } END AS refusedPeople,
       townships, departments, partyOrganizations, documents, offices, posts, people, villages, stations, duties
