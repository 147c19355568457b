// entities/find-nodes: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, identity, lookup
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
  CALL (day, page) {
    UNWIND page AS n
    RETURN collect(n {
      .id, .name, .nameEn, .areaKm2, .population, .distanceToCityKm, .staff, pilotFrom: toString(n.pilotFrom), pilotTo: toString(n.pilotTo), dataFrom: toString(n.dataFrom),
      asOf: $asOf,
      offices: CASE WHEN $lookup.include.township IS NULL OR 'offices' IN $lookup.include.township THEN COLLECT {
        MATCH (office:Office)-[r:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND office.from <= day AND (office.to IS NULL OR day < office.to)
        WITH office ORDER BY office.id
        RETURN office { .id, .name, .nameEn, .kind }
      } ELSE [] END,
      // Under the township itself or under one of its offices (two anchored branches, no scan).
      villages: CASE WHEN $lookup.include.township IS NULL OR 'villages' IN $lookup.include.township THEN COLLECT {
        CALL (n, day) {
          MATCH (village:Village)-[r:UNDER]->(n)
          WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
          RETURN village
          UNION
          MATCH (village:Village)-[r:UNDER]->(:Office)-[:IN]->(n)
          WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
          RETURN village
        }
        WITH DISTINCT village ORDER BY village.id
        RETURN village { .id, .name, .nameEn, .kind }
      } ELSE [] END,
      stations: CASE WHEN $lookup.include.township IS NULL OR 'stations' IN $lookup.include.township THEN COLLECT {
        MATCH (station:Station)-[r:LOCATED_IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH DISTINCT station ORDER BY station.id
        RETURN station { .id, .name, .nameEn }
      } ELSE [] END,
      posts: CASE WHEN $lookup.include.township IS NULL OR 'posts' IN $lookup.include.township THEN COLLECT {
        MATCH (post:Post)-[r:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
        WITH post ORDER BY post.rank DESC, post.id
        RETURN post { .id, .name, .nameEn, .rank, .level }
      } ELSE [] END,
      partyOrganizations: CASE WHEN $lookup.include.township IS NULL OR 'partyOrganizations' IN $lookup.include.township THEN COLLECT {
        MATCH (organization:PartyOrganization)-[:IN]->(n)
        WITH organization ORDER BY organization.id
        RETURN organization { .id, .name, .nameEn, .kind }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS townships
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Department) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    RETURN collect(n {
      .id, .name, .nameEn,
      asOf: $asOf,
      stations: CASE WHEN $lookup.include.department IS NULL OR 'stations' IN $lookup.include.department THEN COLLECT {
        MATCH (station:Station)-[r:RUN_BY]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH DISTINCT station ORDER BY station.id
        RETURN station { .id, .name, .nameEn }
      } ELSE [] END,
      partyOrganizations: CASE WHEN $lookup.include.department IS NULL OR 'partyOrganizations' IN $lookup.include.department THEN COLLECT {
        MATCH (organization:PartyOrganization)-[:OF]->(n)
        WITH organization ORDER BY organization.id
        RETURN organization { .id, .name, .nameEn, .kind }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS departments
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:PartyOrganization) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    RETURN collect(n {
      .id, .name, .nameEn, .kind,
      asOf: $asOf,
      township: CASE WHEN $lookup.include.partyOrganization IS NULL OR 'township' IN $lookup.include.partyOrganization THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
      department: CASE WHEN $lookup.include.partyOrganization IS NULL OR 'department' IN $lookup.include.partyOrganization THEN head(COLLECT { MATCH (n)-[:OF]->(d:Department) WITH d ORDER BY d.id RETURN d { .id, .name, .nameEn } }) END,
      stations: CASE WHEN $lookup.include.partyOrganization IS NULL OR 'stations' IN $lookup.include.partyOrganization THEN COLLECT {
        MATCH (station:Station)-[r:PARTY_RELATION]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH station, r ORDER BY station.id, r.from
        RETURN { station: station { .id, .name, .nameEn }, from: toString(r.from), to: toString(r.to), basis: r.basis, exemption: r.exemption }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS partyOrganizations
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Document) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    RETURN collect(n {
      .id, .title, .titleEn, .issuedOn, .issuer,
      asOf: $asOf,
      township: CASE WHEN $lookup.include.document IS NULL OR 'township' IN $lookup.include.document THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
      duties: CASE WHEN $lookup.include.document IS NULL OR 'duties' IN $lookup.include.document THEN COLLECT {
        MATCH (duty:Duty)-[r:DEFINED_BY]->(n)
        WITH duty, r ORDER BY duty.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, clause: r.clause }
      } ELSE [] END,
      candidates: CASE WHEN $lookup.include.document IS NULL OR 'candidates' IN $lookup.include.document THEN COLLECT {
        MATCH (person:Person)-[r:CANDIDATE_FOR]->(n)
        WITH person, r ORDER BY r.on, person.id
        RETURN { person: person { .id, .name, .nameEn }, on: r.on }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS documents
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Office) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    RETURN collect(n {
      .id, .name, .nameEn, .kind, from: toString(n.from), to: toString(n.to),
      asOf: $asOf,
      active: n.from <= day AND (n.to IS NULL OR day < n.to),
      township: CASE WHEN $lookup.include.office IS NULL OR 'township' IN $lookup.include.office THEN head(COLLECT {
        MATCH (n)-[r:IN]->(t:Township)
        WITH t, r ORDER BY r.from DESC
        RETURN t { .id, .name, .nameEn }
      }) END,
      posts: CASE WHEN $lookup.include.office IS NULL OR 'posts' IN $lookup.include.office THEN COLLECT {
        MATCH (post:Post)-[r:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
        WITH post ORDER BY post.rank DESC, post.id
        RETURN post { .id, .name, .nameEn, .rank, .level }
      } ELSE [] END,
      people: CASE WHEN $lookup.include.office IS NULL OR 'people' IN $lookup.include.office THEN COLLECT {
        MATCH (person:Person)-[h:HOLDS]->(post:Post)-[r:IN]->(n)
        WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH person, h, post ORDER BY post.id, coalesce(h.acting, false), person.id
        RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                 acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
      } ELSE [] END,
      duties: CASE WHEN $lookup.include.office IS NULL OR 'duties' IN $lookup.include.office THEN COLLECT {
        MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH duty, r ORDER BY r.role DESC, duty.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Office', id: n.id, name: n.name, nameEn: n.nameEn } }
      } + COLLECT {
        MATCH (post:Post)-[pi:IN]->(n)
        WHERE pi.from <= day AND (pi.to IS NULL OR day < pi.to)
        MATCH (post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH post, duty, r ORDER BY r.role DESC, duty.id, post.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn } }
      } ELSE [] END,
      leadersInCharge: CASE WHEN $lookup.include.office IS NULL OR 'leadersInCharge' IN $lookup.include.office THEN COLLECT {
        MATCH (leader:Post)-[r:IN_CHARGE_OF]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH leader, r ORDER BY leader.id
        RETURN {
          post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
          holders: COLLECT {
            MATCH (person:Person)-[h:HOLDS]->(leader)
            WHERE h.from <= day AND (h.to IS NULL OR day < h.to)
            WITH person, h ORDER BY coalesce(h.acting, false), person.id
            RETURN { person: person { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                     acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
          }
        }
      } ELSE [] END,
      villages: CASE WHEN $lookup.include.office IS NULL OR 'villages' IN $lookup.include.office THEN COLLECT {
        MATCH (village:Village)-[r:UNDER]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH village ORDER BY village.id
        RETURN village { .id, .name, .nameEn, .kind }
      } ELSE [] END,
      mergedInto: CASE WHEN $lookup.include.office IS NULL OR 'mergedInto' IN $lookup.include.office THEN COLLECT { MATCH (n)-[:MERGED_INTO]->(other:Office) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END,
      mergedFrom: CASE WHEN $lookup.include.office IS NULL OR 'mergedFrom' IN $lookup.include.office THEN COLLECT { MATCH (other:Office)-[:MERGED_INTO]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .kind } } ELSE [] END
    }) AS items
  }
  RETURN items AS offices
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Post) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    CALL (n, day) {
      RETURN CASE WHEN $lookup.include.post IS NULL OR 'holders' IN $lookup.include.post THEN COLLECT {
        MATCH (person:Person)-[h:HOLDS]->(n)
        WITH person, h ORDER BY h.from, person.id
        RETURN { person: person { .id, .name, .nameEn }, post: n { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                 acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
                 current: h.from <= day AND (h.to IS NULL OR day < h.to) }
      } ELSE [] END AS history
    }
    WITH n, day, history, [a IN history WHERE a.current] AS holders
    RETURN collect(n {
      .id, .name, .nameEn, .level, .rank, from: toString(n.from), to: toString(n.to),
      singleHolder: coalesce(n.singleHolder, true),
      asOf: $asOf,
      active: n.from <= day AND (n.to IS NULL OR day < n.to),
      unit: CASE WHEN $lookup.include.post IS NULL OR 'unit' IN $lookup.include.post THEN head(COLLECT {
        MATCH (n)-[r:IN]->(unit)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH unit, r ORDER BY r.from DESC, unit.id
        RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
      }) END,
      units: CASE WHEN $lookup.include.post IS NULL OR 'units' IN $lookup.include.post THEN COLLECT {
        MATCH (n)-[r:IN]->(unit)
        WITH unit, r ORDER BY r.from, unit.id
        RETURN { unit: { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn },
                 from: toString(r.from), to: toString(r.to) }
      } ELSE [] END,
      township: CASE WHEN $lookup.include.post IS NULL OR 'township' IN $lookup.include.post THEN head(COLLECT {
        MATCH (n)-[:IN|UNDER|LOCATED_IN*1..3]->(t:Township)
        WITH DISTINCT t ORDER BY t.id
        RETURN t { .id, .name, .nameEn }
      }) END,
      holders: [a IN holders | a { .person, .post, .from, .to, .acting, .townConsulted }],
      actingHolders: [a IN holders WHERE a.acting | a { .person, .post, .from, .to, .acting, .townConsulted }],
      holderHistory: [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted }],
      vacant: n.from <= day AND (n.to IS NULL OR day < n.to) AND none(a IN holders WHERE NOT a.acting),
      deputyOf: CASE WHEN $lookup.include.post IS NULL OR 'deputyOf' IN $lookup.include.post THEN head(COLLECT { MATCH (n)-[:DEPUTY_OF]->(other:Post) RETURN other { .id, .name, .nameEn, .rank, .level } }) END,
      deputies: CASE WHEN $lookup.include.post IS NULL OR 'deputies' IN $lookup.include.post THEN COLLECT { MATCH (other:Post)-[:DEPUTY_OF]->(n) WITH other ORDER BY other.id RETURN other { .id, .name, .nameEn, .rank, .level } } ELSE [] END,
      inChargeOf: CASE WHEN $lookup.include.post IS NULL OR 'inChargeOf' IN $lookup.include.post THEN COLLECT {
        MATCH (n)-[r:IN_CHARGE_OF]->(office:Office)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH office, r ORDER BY office.id
        RETURN { office: office { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
      } ELSE [] END,
      duties: CASE WHEN $lookup.include.post IS NULL OR 'duties' IN $lookup.include.post THEN COLLECT {
        MATCH (n)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH duty, r ORDER BY r.role DESC, duty.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to), owner: { label: 'Post', id: n.id, name: n.name, nameEn: n.nameEn } }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS posts
}
CALL (day) {
  // People only for a caller who may learn identities ($identity); for others only their ids, refused one by one.
  WITH day, CASE WHEN $identity THEN COLLECT { MATCH (n:Person) WHERE n.id IN $lookup.ids RETURN n } ELSE [] END AS page
  CALL (day, page) {
    UNWIND page AS n
    CALL (n, day) {
      WITH n, day, $lookup.include.person IS NULL OR 'appointments' IN $lookup.include.person AS wantHistory
      RETURN CASE WHEN wantHistory OR 'posts' IN $lookup.include.person THEN COLLECT {
        MATCH (n)-[h:HOLDS]->(post:Post)
        WHERE wantHistory OR (h.from <= day AND (h.to IS NULL OR day < h.to))
        WITH post, h ORDER BY h.from, post.id
        RETURN { person: n { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                 acting: coalesce(h.acting, false), townConsulted: h.townConsulted,
                 current: h.from <= day AND (h.to IS NULL OR day < h.to),
                 unit: head(COLLECT {
                   MATCH (post)-[r:IN]->(unit)
                   WITH unit, r ORDER BY r.from <= day AND (r.to IS NULL OR day < r.to) DESC, r.from DESC, unit.id
                   RETURN { label: head([l IN labels(unit) WHERE l IN ['Office', 'Village', 'Station', 'Township']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn }
                 }) }
      } ELSE [] END AS history,
      CASE WHEN $lookup.include.person IS NULL OR 'postDuties' IN $lookup.include.person THEN COLLECT {
        MATCH (n)-[h:HOLDS]->(post:Post)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH post, h, duty, r ORDER BY r.role DESC, duty.id, post.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
                 owner: { label: 'Post', id: post.id, name: post.name, nameEn: post.nameEn },
                 post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
      } ELSE [] END + CASE WHEN $lookup.include.person IS NULL OR 'officeDuties' IN $lookup.include.person THEN COLLECT {
        MATCH (n)-[h:HOLDS]->(post:Post)-[pi:IN]->(office:Office)-[r:RESPONSIBLE_FOR]->(duty:Duty)
        WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND pi.from <= day AND (pi.to IS NULL OR day < pi.to)
          AND r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH post, h, office, duty, r ORDER BY r.role DESC, duty.id, post.id
        RETURN { duty: duty { .id, .title, .titleEn, .category }, role: r.role, from: toString(r.from), to: toString(r.to),
                 owner: { label: 'Office', id: office.id, name: office.name, nameEn: office.nameEn },
                 post: post { .id, .name, .nameEn, .rank, .level }, acting: coalesce(h.acting, false) }
      } ELSE [] END AS duties,
      CASE WHEN $lookup.include.person IS NULL OR 'officesInCharge' IN $lookup.include.person THEN COLLECT {
        MATCH (n)-[h:HOLDS]->(post:Post)-[r:IN_CHARGE_OF]->(office:Office)
        WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH post, h, office, r ORDER BY office.id, post.id
        RETURN { office: office { .id, .name, .nameEn, .kind }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(r.from), to: toString(r.to),
                 acting: coalesce(h.acting, false) }
      } ELSE [] END AS officesInCharge,
      CASE WHEN $lookup.include.person IS NULL OR 'residentCadreIn' IN $lookup.include.person THEN COLLECT {
        MATCH (n)-[r:RESIDENT_CADRE_IN]->(village:Village)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH village, r ORDER BY village.id
        RETURN { village: village { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to) }
      } ELSE [] END AS residentCadreIn
    }
    WITH n, day, history, duties, officesInCharge, residentCadreIn, [a IN history WHERE a.current] AS posts
    RETURN collect(n {
      .id, .name, .nameEn, .gender, birthDate: toString(n.birthDate), .partyMember,
      asOf: $asOf,
      // One step up the line from each post held: the leaders in charge of its office, and who they are.
      posts: [a IN posts | a { .person, .post, .from, .to, .acting, .townConsulted, .unit,
        leadersInCharge: CASE WHEN $lookup.include.person IS NULL OR 'leadersInCharge' IN $lookup.include.person THEN COLLECT {
          MATCH (:Post {id: a.post.id})-[pi:IN]->(office:Office)<-[c:IN_CHARGE_OF]-(leader:Post)
          WHERE pi.from <= day AND (pi.to IS NULL OR day < pi.to) AND c.from <= day AND (c.to IS NULL OR day < c.to)
            AND leader.from <= day AND (leader.to IS NULL OR day < leader.to)
          WITH leader, c ORDER BY leader.id
          RETURN { post: leader { .id, .name, .nameEn, .rank, .level }, from: toString(c.from), to: toString(c.to),
                   holders: COLLECT {
                     MATCH (holder:Person)-[held:HOLDS]->(leader)
                     WHERE held.from <= day AND (held.to IS NULL OR day < held.to)
                     WITH holder, held ORDER BY coalesce(held.acting, false), holder.id
                     RETURN { person: holder { .id, .name, .nameEn }, post: leader { .id, .name, .nameEn, .rank, .level },
                              from: toString(held.from), to: toString(held.to), acting: coalesce(held.acting, false), townConsulted: held.townConsulted }
                   } }
        } END }],
      appointments: CASE WHEN $lookup.include.person IS NULL OR 'appointments' IN $lookup.include.person THEN [a IN history | a { .person, .post, .from, .to, .acting, .townConsulted, .unit }] ELSE [] END,
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
  RETURN items AS people
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Village) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    CALL (n, day) {
      RETURN CASE WHEN $lookup.include.village IS NULL OR 'underHistory' IN $lookup.include.village THEN COLLECT {
        MATCH (n)-[r:UNDER]->(unit)
        WITH unit, r ORDER BY r.from, unit.id
        RETURN { unit: { label: head([l IN labels(unit) WHERE l IN ['Township', 'Office']]), id: unit.id, name: coalesce(unit.name, unit.id), nameEn: unit.nameEn },
                 from: toString(r.from), to: toString(r.to), current: r.from <= day AND (r.to IS NULL OR day < r.to),
                 township: CASE WHEN unit:Township THEN unit { .id, .name, .nameEn }
                                ELSE head(COLLECT { MATCH (unit)-[:IN]->(t:Township) RETURN t { .id, .name, .nameEn } }) END }
      } ELSE [] END AS underHistory
    }
    WITH n, day, underHistory, head([u IN underHistory WHERE u.current]) AS under
    RETURN collect(n {
      .id, .name, .nameEn, .kind,
      complex: coalesce(n.complex, false),
      asOf: $asOf,
      under: under.unit,
      underHistory: [u IN underHistory | u { .unit, .from, .to }],
      township: coalesce(under.township, last(underHistory).township),
      residentCadre: CASE WHEN $lookup.include.village IS NULL OR 'residentCadre' IN $lookup.include.village THEN COLLECT {
        MATCH (person:Person)-[r:RESIDENT_CADRE_IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH person, r ORDER BY person.id
        RETURN { person: person { .id, .name, .nameEn }, from: toString(r.from), to: toString(r.to) }
      } ELSE [] END,
      posts: CASE WHEN $lookup.include.village IS NULL OR 'posts' IN $lookup.include.village THEN COLLECT {
        MATCH (post:Post)-[r:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
        WITH post ORDER BY post.rank DESC, post.id
        CALL (post, day) {
          RETURN COLLECT {
            MATCH (person:Person)-[h:HOLDS]->(post)
            WHERE h.from <= day AND (h.to IS NULL OR day < h.to)
            WITH person, h ORDER BY coalesce(h.acting, false), person.id
            RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                     acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
          } AS holders
        }
        RETURN { post: post { .id, .name, .nameEn, .rank, .level }, holders: holders, vacant: none(a IN holders WHERE NOT a.acting) }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS villages
}
CALL (day) {
  WITH day, COLLECT { MATCH (n:Station) WHERE n.id IN $lookup.ids RETURN n } AS page
  CALL (day, page) {
    UNWIND page AS n
    CALL (n, day) {
      // The township on the day, else the latest one.
      RETURN CASE WHEN $lookup.include.station IS NULL OR 'township' IN $lookup.include.station THEN head(COLLECT {
        MATCH (n)-[r:LOCATED_IN]->(t:Township)
        WITH t, r ORDER BY r.from <= day AND (r.to IS NULL OR day < r.to) DESC, r.from DESC
        RETURN t
      }) END AS town
    }
    CALL (n, day, town) {
      RETURN CASE WHEN $lookup.include.station IS NULL OR 'partyRelations' IN $lookup.include.station THEN COLLECT {
        MATCH (n)-[r:PARTY_RELATION]->(organization:PartyOrganization)
        WITH r, organization ORDER BY r.from, organization.id
        RETURN { organization: organization { .id, .name, .nameEn, .kind }, from: toString(r.from), to: toString(r.to), basis: r.basis, exemption: r.exemption,
                 insideTownCommittee: organization.kind = 'TOWN_COMMITTEE' AND town IS NOT NULL AND EXISTS { (organization)-[:IN]->(town) },
                 current: r.from <= day AND (r.to IS NULL OR day < r.to) }
      } ELSE [] END AS relations
    }
    RETURN collect(n {
      .id, .name, .nameEn,
      asOf: $asOf,
      township: town { .id, .name, .nameEn },
      department: CASE WHEN $lookup.include.station IS NULL OR 'department' IN $lookup.include.station THEN head(COLLECT {
        MATCH (n)-[r:RUN_BY]->(department:Department)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH department, r ORDER BY r.from DESC, department.id
        RETURN department { .id, .name, .nameEn }
      }) END,
      partyRelation: last([p IN relations WHERE p.current | p { .organization, .from, .to, .basis, .exemption, .insideTownCommittee }]),
      partyRelations: [p IN relations | p { .organization, .from, .to, .basis, .exemption, .insideTownCommittee }],
      posts: CASE WHEN $lookup.include.station IS NULL OR 'posts' IN $lookup.include.station THEN COLLECT {
        MATCH (post:Post)-[r:IN]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND post.from <= day AND (post.to IS NULL OR day < post.to)
        WITH post ORDER BY post.rank DESC, post.id
        RETURN post { .id, .name, .nameEn, .rank, .level }
      } ELSE [] END,
      heads: CASE WHEN $lookup.include.station IS NULL OR 'heads' IN $lookup.include.station THEN COLLECT {
        MATCH (person:Person)-[h:HOLDS]->(post:Post {level: 'STATION_HEAD'})-[r:IN]->(n)
        WHERE h.from <= day AND (h.to IS NULL OR day < h.to) AND r.from <= day AND (r.to IS NULL OR day < r.to)
        WITH person, h, post ORDER BY coalesce(h.acting, false), h.from DESC, person.id
        RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                 acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS stations
}
CALL (day) {
  WITH day, COLLECT {
    MATCH (n:Duty) WHERE n.id IN $lookup.ids
    WITH n, COUNT {
      MATCH (owner)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(n)
      WHERE r.from <= day AND (r.to IS NULL OR day < r.to)
      RETURN DISTINCT owner
    } AS leadCount
    RETURN { node: n, leadCount: leadCount, leadStatus: CASE leadCount WHEN 0 THEN 'BLANK' WHEN 1 THEN 'LED' ELSE 'OVERLAP' END }
  } AS page
  CALL (day, page) {
    UNWIND page AS entry
    WITH day, entry, entry.node AS n
    RETURN collect(n {
      .id, .title, .titleEn, .description, .descriptionEn, .category,
      keywords: coalesce(n.keywords, []),
      // The responsibility-list fields, stored as lists of one length ('' = no article / measure).
      itemType: n.itemType,
      legalBases: [index IN range(0, size(coalesce(n.legalBasisTitles, [])) - 1) |
        {title: n.legalBasisTitles[index], article: CASE n.legalBasisArticles[index] WHEN '' THEN null ELSE n.legalBasisArticles[index] END}],
      accountability: coalesce(n.accountability, []),
      integrityRisks: [index IN range(0, size(coalesce(n.riskPoints, [])) - 1) |
        {risk: n.riskPoints[index], control: CASE n.riskControls[index] WHEN '' THEN null ELSE n.riskControls[index] END}],
      asOf: $asOf,
      leadCount: entry.leadCount,
      leadStatus: entry.leadStatus,
      township: CASE WHEN $lookup.include.duty IS NULL OR 'township' IN $lookup.include.duty THEN head(COLLECT { MATCH (n)-[:IN]->(t:Township) WITH t ORDER BY t.id RETURN t { .id, .name, .nameEn } }) END,
      parent: CASE WHEN $lookup.include.duty IS NULL OR 'parent' IN $lookup.include.duty THEN head(COLLECT { MATCH (n)-[:PART_OF]->(parent:Duty) WITH parent ORDER BY parent.id RETURN parent { .id, .title, .titleEn, .category } }) END,
      children: CASE WHEN $lookup.include.duty IS NULL OR 'children' IN $lookup.include.duty THEN COLLECT { MATCH (child:Duty)-[:PART_OF]->(n) WITH child ORDER BY child.id RETURN child { .id, .title, .titleEn, .category } } ELSE [] END,
      basis: CASE WHEN $lookup.include.duty IS NULL OR 'basis' IN $lookup.include.duty THEN head(COLLECT {
        MATCH (n)-[r:DEFINED_BY]->(document:Document)
        WITH document, r ORDER BY document.id
        RETURN { document: document { .id, .title, .titleEn }, clause: r.clause }
      }) END,
      owners: CASE WHEN $lookup.include.duty IS NULL OR 'owners' IN $lookup.include.duty THEN COLLECT {
        MATCH (owner)-[r:RESPONSIBLE_FOR]->(n)
        WHERE r.from <= day AND (r.to IS NULL OR day < r.to) AND (owner:Office OR owner:Post)
        WITH owner, r ORDER BY r.role DESC, owner.id
        RETURN {
          kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END,
          id: owner.id, name: coalesce(owner.name, owner.id), nameEn: owner.nameEn, role: r.role, from: toString(r.from), to: toString(r.to),
          // A post owner: its holders; an office owner: the holders of its principal posts.
          // (Two anchored branches rather than one OR, which would read every :Post.)
          holders: COLLECT {
            CALL (owner, day) {
              MATCH (person:Person)-[h:HOLDS]->(owner)
              WHERE owner:Post
              RETURN person, h, owner AS post
              UNION
              MATCH (person:Person)-[h:HOLDS]->(post:Post {rank: 'PRINCIPAL'})-[pi:IN]->(owner)
              WHERE owner:Office AND pi.from <= day AND (pi.to IS NULL OR day < pi.to)
              RETURN person, h, post
            }
            WITH person, h, post
            WHERE h.from <= day AND (h.to IS NULL OR day < h.to)
            WITH person, h, post ORDER BY coalesce(h.acting, false), post.id, person.id
            RETURN { person: person { .id, .name, .nameEn }, post: post { .id, .name, .nameEn, .rank, .level }, from: toString(h.from), to: toString(h.to),
                     acting: coalesce(h.acting, false), townConsulted: h.townConsulted }
          }
        }
      } ELSE [] END
    }) AS items
  }
  RETURN items AS duties
}
RETURN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS d ORDER BY d LIMIT 1 }) AS dataFrom,
       CASE WHEN $identity THEN [] ELSE COLLECT { MATCH (n:Person) WHERE n.id IN $lookup.ids RETURN n.id } END AS refusedPeople,
       townships, departments, partyOrganizations, documents, offices, posts, people, villages, stations, duties
