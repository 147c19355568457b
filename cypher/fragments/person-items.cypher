// person-items: each of the people with its neighbours on the day, as `person(id)` shows it; the part of
// the person lookup and list (queries/entities/find-people.cypher) that the node lookup (find-nodes) shares.
// A subquery: write it as a clause, then `RETURN items …`; `items` is the list, in the order of the page.
// @param page     the people, a list
// @param day      the day, a date
// @param include  the parts to compute, or null for all of them (domain/model.ts `parts`)
CALL (@day, @page) {
  UNWIND @page AS n
  CALL (n, @day) {
    WITH n, @day, @include IS NULL OR 'appointments' IN @include AS wantHistory
    RETURN CASE WHEN wantHistory OR 'posts' IN @include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)
      WHERE wantHistory OR (/*@ valid-on(x: h, day: @day) */)
      WITH post, h ORDER BY h.from, post.id
      RETURN { person: n { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
               acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
               current: /*@ valid-on(x: h, day: @day) */,
               unit: head(COLLECT {
                 MATCH (post)-[r:IN]->(unit)
                 WITH unit, r ORDER BY /*@ valid-on(x: r, day: @day) */ DESC, r.from DESC, unit.id
                 RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
               }) }
    } ELSE [] END AS history,
    CASE WHEN @include IS NULL OR 'postDuties' IN @include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE /*@ valid-on(x: h, day: @day) */ AND /*@ valid-on(x: r, day: @day) */
      WITH post, h, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
               owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn },
               post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
    } ELSE [] END + CASE WHEN @include IS NULL OR 'officeDuties' IN @include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[pi:IN]->(office:Office)-[r:RESPONSIBLE_FOR]->(duty:Duty)
      WHERE /*@ valid-on(x: h, day: @day) */ AND /*@ valid-on(x: pi, day: @day) */
        AND /*@ valid-on(x: r, day: @day) */
      WITH post, h, office, duty, r ORDER BY r.role DESC, duty.id, post.id
      RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
               owner: { label: 'Office', id: office.id, name: office.name, nameEn: office.nameEn },
               post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
    } ELSE [] END AS duties,
    CASE WHEN @include IS NULL OR 'officesInCharge' IN @include THEN COLLECT {
      MATCH (n)-[h:HOLDS]->(post:Post)-[r:IN_CHARGE_OF]->(office:Office)
      WHERE /*@ valid-on(x: h, day: @day) */ AND /*@ valid-on(x: r, day: @day) */
      WITH post, h, office, r ORDER BY office.id, post.id
      RETURN { office: office { .id, .name, .nameEn, .kind }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
               acting: coalesce(h.acting, false) }
    } ELSE [] END AS officesInCharge,
    CASE WHEN @include IS NULL OR 'residentCadreIn' IN @include THEN COLLECT {
      MATCH (n)-[r:RESIDENT_CADRE_IN]->(village:Village)
      WHERE /*@ valid-on(x: r, day: @day) */
      WITH village, r ORDER BY village.id
      RETURN { village: village { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
    } ELSE [] END AS residentCadreIn
  }
  WITH n, @day, history, duties, officesInCharge, residentCadreIn, [a IN history WHERE a.current] AS posts
  RETURN collect(n {
    .id, .name, .nameEn, .gender, birthDate: toString(n.birthDate), .partyMember,
    asOf: $asOf,
    // One step up the line from each post held: the leaders in charge of its office, and who they are.
    posts: [a IN posts | a { .person, .post, .from, .to, .acting, .townConsulted, .unit,
      leadersInCharge: CASE WHEN @include IS NULL OR 'leadersInCharge' IN @include THEN COLLECT {
        MATCH (:Post {id: a.post.id})-[pi:IN]->(office:Office)<-[c:IN_CHARGE_OF]-(leader:Post)
        WHERE /*@ valid-on(x: pi, day: @day) */ AND /*@ valid-on(x: c, day: @day) */
          AND /*@ valid-on(x: leader, day: @day) */
        WITH leader, c ORDER BY leader.id
        RETURN { post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(c.from), to: toString(c.to),
                 holders: COLLECT {
                   MATCH (holder:Person)-[held:HOLDS]->(leader)
                   WHERE /*@ valid-on(x: held, day: @day) */
                   WITH holder, held ORDER BY coalesce(held.acting, false), holder.id
                   RETURN { person: holder { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level },
                            from: toString(held.from), to: toString(held.to), acting: coalesce(held.acting, false), townConsulted: held.townConsulted }
                 } }
      } END }],
    appointments: CASE WHEN @include IS NULL OR 'appointments' IN @include THEN [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted, .unit }] ELSE [] END,
    crossPosted: size(posts) > 1,
    duties: duties,
    officesInCharge: officesInCharge,
    residentCadreIn: residentCadreIn,
    workload: {
      posts: size(posts),
      actingPosts: size([a IN posts WHERE a.acting]),
      officesInCharge: size(officesInCharge),
      leadDuties: size(reduce(ids = [], d IN duties | CASE WHEN d.role = 'LEAD' AND NOT d.duty.id IN ids THEN ids + [d.duty.id] ELSE ids END)),
      assistDuties: size(reduce(ids = [], d IN duties | CASE WHEN d.role = 'ASSIST' AND NOT d.duty.id IN ids THEN ids + [d.duty.id] ELSE ids END)),
      residentCadreVillages: size(residentCadreIn)
    }
  }) AS items
}
