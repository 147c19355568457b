// townshipStats: the counts a township's front page shows on a day, in one round trip (the duty flag
// counts come from the duty audit's own statement).
// $township: an id, or null for "the only township in the graph"; $asOf: YYYY-MM-DD.
// One row: townshipCount (how many townships the graph holds, up to 2: enough to tell "the only one"),
// town (the township asked about, null when unknown or ambiguous) and its counts on the day.
WITH date($asOf) AS day
OPTIONAL MATCH (named:Township {id: $township})
WITH day, named, COLLECT { MATCH (t:Township) RETURN t ORDER BY t.id LIMIT 2 } AS firstTwo
WITH day, size(firstTwo) AS townshipCount,
     CASE WHEN $township IS NULL AND size(firstTwo) = 1 THEN firstTwo[0] ELSE named END AS town

// The units of the town, at any time: its offices, and the villages under it or one of them on the day.
CALL (town, day) {
  OPTIONAL MATCH (office:Office)-[:IN]->(town)
  WITH collect(DISTINCT office) AS offices
  RETURN offices,
         [office IN offices WHERE /*@ valid-on(x: office, day: day) */] AS openOffices
}
CALL (town, offices, day) {
  UNWIND CASE WHEN town IS NULL THEN [] ELSE [town] + offices END AS unit
  MATCH (village:Village)-[under:UNDER]->(unit)
  WHERE /*@ valid-on(x: under, day: day) */
  RETURN collect(DISTINCT village) AS villages
}
CALL (town, day) {
  OPTIONAL MATCH (station:Station)-[located:LOCATED_IN]->(town)
  WHERE /*@ valid-on(x: located, day: day) */
  RETURN collect(DISTINCT station) AS stations
}
// Posts that exist on the day and are IN a unit of the town on the day.
CALL (town, offices, villages, stations, day) {
  UNWIND CASE WHEN town IS NULL THEN [] ELSE [town] + offices + villages + stations END AS unit
  MATCH (post:Post)-[postIn:IN]->(unit)
  WHERE /*@ valid-on(x: postIn, day: day) */
    AND /*@ valid-on(x: post, day: day) */
  WITH DISTINCT post, unit
  RETURN collect(DISTINCT post) AS posts,
         collect(DISTINCT CASE WHEN post.level = 'LEADERSHIP' AND (unit = town OR unit:Office) THEN post END) AS leadershipPosts,
         collect(DISTINCT CASE WHEN post.level = 'MIDDLE' AND unit:Office THEN post END) AS middlePosts
}
CALL (posts, day) {
  UNWIND posts AS post
  MATCH (person:Person)-[holds:HOLDS]->(post)
  WHERE /*@ valid-on(x: holds, day: day) */
  RETURN count(DISTINCT person) AS peopleHoldingPosts
}
CALL (middlePosts, day) {
  UNWIND middlePosts AS post
  WITH post,
       COLLECT {
         MATCH (:Person)-[holds:HOLDS]->(post)
         WHERE /*@ valid-on(x: holds, day: day) */
         RETURN coalesce(holds.acting, false) AS acting
       } AS holdings
  RETURN count(CASE WHEN false IN holdings THEN post END) AS middlePostsFilled,
         count(CASE WHEN size(holdings) > 0 AND NOT false IN holdings THEN post END) AS middlePostsActingOnly
}

RETURN townshipCount,
       town { .id, .name, .nameEn, .dataFrom } AS town,
       size([village IN villages WHERE village.kind = 'ADMINISTRATIVE']) AS administrativeVillages,
       size([village IN villages WHERE village.kind = 'RESIDENTIAL']) AS residentialVillages,
       size(villages) AS villages,
       size(openOffices) AS offices,
       COLLECT {
         UNWIND openOffices AS office
         WITH office.kind AS kind, count(*) AS count
         ORDER BY kind
         RETURN {kind: kind, count: count}
       } AS officesByKind,
       size(leadershipPosts) AS leadershipPosts,
       size(middlePosts) AS middlePosts,
       middlePostsFilled,
       middlePostsActingOnly,
       peopleHoldingPosts,
       size(stations) AS stations,
       CASE WHEN town IS NULL THEN 0 ELSE COUNT { (:Duty)-[:IN]->(town) } END AS duties
