// dataset/find-township-members: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: township
// The records an export of one township contains: its offices, the villages under it or its offices,
// its stations, the posts in any of those units, its duties, the people holding those posts or
// resident in its villages or candidates in its own selections, and the documents, departments and
// party organisations these point at (with the party committees of those departments).
MATCH (township:Township {id: $township})
WITH township,
  COLLECT { MATCH (office:Office)-[:IN]->(township) RETURN office } AS offices,
  COLLECT { MATCH (station:Station)-[:LOCATED_IN]->(township) RETURN DISTINCT station } AS stations,
  COLLECT { MATCH (duty:Duty)-[:IN]->(township) RETURN duty } AS duties
WITH township, offices, stations, duties,
  COLLECT {
    UNWIND [township] + offices AS unit
    MATCH (village:Village)-[:UNDER]->(unit)
    RETURN DISTINCT village
  } AS villages
WITH township, offices, stations, duties, villages,
  COLLECT {
    UNWIND [township] + offices + villages + stations AS unit
    MATCH (post:Post)-[:IN]->(unit)
    RETURN DISTINCT post
  } AS posts
WITH township, offices, stations, duties, villages, posts,
  COLLECT {
    UNWIND posts AS post
    MATCH (person:Person)-[:HOLDS]->(post)
    RETURN person
    UNION
    UNWIND villages AS village
    MATCH (person:Person)-[:RESIDENT_CADRE_IN]->(village)
    RETURN person
    UNION
    MATCH (person:Person)-[:CANDIDATE_FOR]->(:Document)-[:IN]->(township)
    RETURN person
  } AS people
WITH township, offices, stations, duties, villages, posts, people,
  COLLECT {
    MATCH (document:Document)-[:IN]->(township)
    RETURN document
    UNION
    UNWIND duties AS duty
    MATCH (duty)-[:DEFINED_BY]->(document:Document)
    RETURN document
    UNION
    UNWIND people AS person
    MATCH (person)-[:CANDIDATE_FOR]->(document:Document)
    RETURN document
  } AS documents,
  COLLECT {
    UNWIND stations AS station
    MATCH (station)-[:RUN_BY]->(department:Department)
    RETURN DISTINCT department
  } AS stationDepartments
WITH township, offices, stations, duties, villages, posts, people, documents, stationDepartments,
  COLLECT {
    MATCH (organization:PartyOrganization)-[:IN]->(township)
    RETURN organization
    UNION
    UNWIND stations AS station
    MATCH (station)-[:PARTY_RELATION]->(organization:PartyOrganization)
    RETURN organization
    UNION
    UNWIND stationDepartments AS department
    MATCH (organization:PartyOrganization)-[:OF]->(department)
    RETURN organization
  } AS organizations
WITH township, offices, stations, duties, villages, posts, people, documents, organizations,
  COLLECT {
    UNWIND stationDepartments AS department
    RETURN department
    UNION
    UNWIND organizations AS organization
    MATCH (organization)-[:OF]->(department:Department)
    RETURN department
  } AS departments
RETURN [township.id] AS townships,
  [department IN departments | department.id] AS departments,
  [organization IN organizations | organization.id] AS partyOrganizations,
  [document IN documents | document.id] AS documents,
  [office IN offices | office.id] AS offices,
  [post IN posts | post.id] AS posts,
  [person IN people | person.id] AS people,
  [village IN villages | village.id] AS villages,
  [station IN stations | station.id] AS stations,
  [duty IN duties | duty.id] AS duties
