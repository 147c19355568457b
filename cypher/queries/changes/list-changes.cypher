// changes: what changed in the period (from, to] — every node or edge whose from or to falls in it —
// in one round trip. A change on day d is one the state of d shows and the state of the day before
// does not, so the state on `from` plus these changes is the state on `to`.
// $township: an id or null (every township); $from, $to: YYYY-MM-DD, from <= to.
// One row: dataFrom, townshipFound and one list per kind of change, each in date order, then by id.
WITH date($from) AS fromDay, date($to) AS toDay
OPTIONAL MATCH (named:Township {id: $township})
WITH fromDay, toDay, named,
     /*@ data-from(town: named, township: $township) */ AS dataFrom,
     CASE
       WHEN $township IS NULL THEN COLLECT { MATCH (t:Township) RETURN t }
       WHEN named IS NULL THEN []
       ELSE [named]
     END AS towns

// The units of the towns at any time: their offices, the villages under them or their offices, their stations, and the posts IN any of these.
CALL (towns) {
  UNWIND towns AS town
  MATCH (office:Office)-[:IN]->(town)
  RETURN collect(DISTINCT office) AS offices
}
CALL (towns, offices) {
  UNWIND towns + offices AS unit
  MATCH (village:Village)-[:UNDER]->(unit)
  RETURN collect(DISTINCT village) AS villages
}
CALL (towns) {
  UNWIND towns AS town
  MATCH (station:Station)-[:LOCATED_IN]->(town)
  RETURN collect(DISTINCT station) AS stations
}
CALL (towns, offices, villages, stations) {
  UNWIND towns + offices + villages + stations AS unit
  MATCH (post:Post)-[:IN]->(unit)
  RETURN collect(DISTINCT post) AS posts
}

CALL (offices, fromDay, toDay) {
  UNWIND offices AS office
  WITH office WHERE fromDay < office.from AND office.from <= toDay
  WITH office ORDER BY office.from, office.id
  RETURN collect({office: office { .id, .name, .nameEn, .kind }, on: office.from}) AS officesCreated
}
CALL (offices, fromDay, toDay) {
  UNWIND offices AS office
  WITH office WHERE office.to IS NOT NULL AND fromDay < office.to AND office.to <= toDay
  WITH office ORDER BY office.to, office.id
  RETURN collect({
    office: office { .id, .name, .nameEn, .kind },
    on: office.to,
    mergedInto: COLLECT {
      MATCH (office)-[:MERGED_INTO]->(successor:Office)
      WITH successor ORDER BY successor.id
      RETURN successor { .id, .name, .nameEn, .kind }
    }
  }) AS officesClosed
}

CALL (posts, fromDay, toDay) {
  UNWIND posts AS post
  WITH post WHERE fromDay < post.from AND post.from <= toDay
  WITH post ORDER BY post.from, post.id
  RETURN collect({post: post { .id, .name, .nameEn, .rank, .level }, on: post.from}) AS postsAdded
}
CALL (posts, fromDay, toDay) {
  UNWIND posts AS post
  WITH post WHERE post.to IS NOT NULL AND fromDay < post.to AND post.to <= toDay
  WITH post ORDER BY post.to, post.id
  RETURN collect({post: post { .id, .name, .nameEn, .rank, .level }, on: post.to}) AS postsCut
}
// Leadership posts existing on each day and IN a town or one of its offices that day (as townshipStats counts them).
CALL (towns, offices, fromDay, toDay) {
  UNWIND towns + offices AS unit
  MATCH (post:Post {level: 'LEADERSHIP'})-[postIn:IN]->(unit)
  RETURN count(DISTINCT CASE
           WHEN /*@ valid-on(x: post, day: fromDay) */
            AND /*@ valid-on(x: postIn, day: fromDay) */ THEN post
         END) AS leadershipPostsBefore,
         count(DISTINCT CASE
           WHEN /*@ valid-on(x: post, day: toDay) */
            AND /*@ valid-on(x: postIn, day: toDay) */ THEN post
         END) AS leadershipPostsAfter
}

// Duties whose set of LEAD owners (existing offices or posts) differs between the two days.
CALL (towns, fromDay, toDay) {
  UNWIND towns AS town
  MATCH (duty:Duty)-[:IN]->(town)
  WITH DISTINCT duty
  WITH duty,
       COLLECT {
         MATCH (owner)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(duty)
         WHERE (owner:Office OR owner:Post)
           AND /*@ valid-on(x: r, day: fromDay) */
           AND /*@ valid-on(x: owner, day: fromDay) */
         WITH DISTINCT owner ORDER BY owner.id
         RETURN owner { kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END, .id, .name, .nameEn }
       } AS before,
       COLLECT {
         MATCH (owner)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(duty)
         WHERE (owner:Office OR owner:Post)
           AND /*@ valid-on(x: r, day: toDay) */
           AND /*@ valid-on(x: owner, day: toDay) */
         WITH DISTINCT owner ORDER BY owner.id
         RETURN owner { kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END, .id, .name, .nameEn }
       } AS after
  WHERE [owner IN before | owner.id] <> [owner IN after | owner.id]
  WITH duty, before, after ORDER BY duty.id
  RETURN collect({duty: duty { .id, .title, .titleEn, .category }, before: before, after: after}) AS dutyOwnerChanges
}

// A village re-homed on day d: an UNDER edge from d to a unit other than that of its previous UNDER edge.
CALL (villages, fromDay, toDay) {
  UNWIND villages AS village
  MATCH (village)-[moved:UNDER]->(toUnit)
  WHERE fromDay < moved.from AND moved.from <= toDay
  CALL (village, moved) {
    MATCH (village)-[previous:UNDER]->(fromUnit)
    WHERE previous.from < moved.from
    RETURN fromUnit ORDER BY previous.from DESC, fromUnit.id LIMIT 1
  }
  WITH village, moved, fromUnit, toUnit WHERE fromUnit <> toUnit
  WITH village, moved, fromUnit, toUnit ORDER BY moved.from, village.id
  RETURN collect({
    village: village { .id, .name, .nameEn, .kind },
    fromUnit: fromUnit { label: CASE WHEN fromUnit:Township THEN 'Township' ELSE 'Office' END, .id, .name, .nameEn },
    toUnit: toUnit { label: CASE WHEN toUnit:Township THEN 'Township' ELSE 'Office' END, .id, .name, .nameEn },
    on: moved.from
  }) AS villagesRehomed
}

// A station's party relation moved on day d: a PARTY_RELATION edge from d to an organisation other than that of its previous one.
CALL (stations, fromDay, toDay) {
  UNWIND stations AS station
  MATCH (station)-[moved:PARTY_RELATION]->(toOrganization:PartyOrganization)
  WHERE fromDay < moved.from AND moved.from <= toDay
  CALL (station, moved) {
    MATCH (station)-[previous:PARTY_RELATION]->(fromOrganization:PartyOrganization)
    WHERE previous.from < moved.from
    RETURN fromOrganization ORDER BY previous.from DESC, fromOrganization.id LIMIT 1
  }
  WITH station, moved, fromOrganization, toOrganization WHERE fromOrganization <> toOrganization
  WITH station, moved, fromOrganization, toOrganization ORDER BY moved.from, station.id
  RETURN collect({
    station: station { .id, .name, .nameEn },
    fromOrganization: fromOrganization { .id, .name, .nameEn, .kind },
    toOrganization: toOrganization { .id, .name, .nameEn, .kind },
    on: moved.from,
    basis: moved.basis
  }) AS stationPartyRelationsMoved
}

CALL (posts, fromDay, toDay) {
  UNWIND posts AS post
  MATCH (person:Person)-[holds:HOLDS]->(post)
  WHERE fromDay < holds.from AND holds.from <= toDay
  WITH person, holds, post ORDER BY holds.from, post.id, person.id
  RETURN collect({
    person: person { .id, .name, .nameEn },
    post: post { .id, .name, .nameEn, .rank, .level },
    on: holds.from,
    acting: coalesce(holds.acting, false)
  }) AS appointments
}
CALL (posts, fromDay, toDay) {
  UNWIND posts AS post
  MATCH (person:Person)-[holds:HOLDS]->(post)
  WHERE holds.to IS NOT NULL AND fromDay < holds.to AND holds.to <= toDay
  WITH person, holds, post ORDER BY holds.to, post.id, person.id
  RETURN collect({
    person: person { .id, .name, .nameEn },
    post: post { .id, .name, .nameEn, .rank, .level },
    on: holds.to,
    acting: coalesce(holds.acting, false)
  }) AS departures
}

RETURN dataFrom,
       $township IS NULL OR named IS NOT NULL AS townshipFound,
       officesCreated, officesClosed, postsAdded, postsCut, leadershipPostsBefore, leadershipPostsAfter,
       dutyOwnerChanges, villagesRehomed, stationPartyRelationsMoved, appointments, departures
