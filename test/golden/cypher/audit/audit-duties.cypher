// audit/audit-duties: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, township
// dutyAudit: per-duty evidence for the audit flags (domain/audit-flags.ts), in one round trip.
// $township: an id or null (every township); $asOf: YYYY-MM-DD.
// One row: dataFrom (the earliest day of data asked about), townshipFound, audited (ids of the duties
// IN the township(s)), evidence (per audited duty and per parent of one: the ids, roles and edges of
// its owners on the day) and owners (each of those owners once: its office, the holders of its posts
// and the leaders in charge of that office; fragments/owner-evidence.cypher, as who-is-responsible
// reads it, without deputies). An office owns dozens of duties: sent once, its posts and holders no
// longer made most of a township's audit (717 kB for 250 duties).
WITH date($asOf) AS day
OPTIONAL MATCH (town:Township {id: $township})
WITH day, town,
     CASE WHEN $township IS NULL
       THEN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS dataFrom ORDER BY dataFrom LIMIT 1 })
       ELSE town.dataFrom
     END AS dataFrom

CALL (town) {
  UNWIND CASE WHEN $township IS NULL THEN COLLECT { MATCH (t:Township) RETURN t } ELSE [town] END AS t
  // From each township to its duties (an expand, not a scan of every duty).
  CALL (t) {
    MATCH (d:Duty)-[:IN]->(t)
    RETURN d
  }
  WITH d ORDER BY d.id
  RETURN collect(DISTINCT d) AS audited
}

CALL (audited) {
  UNWIND audited AS d
  OPTIONAL MATCH (d)-[:PART_OF]->(parent:Duty)
  RETURN collect(DISTINCT parent) AS parents
}

WITH day, town, dataFrom, audited,
     reduce(subjects = [], s IN audited + parents | CASE WHEN s IN subjects THEN subjects ELSE subjects + s END) AS subjects
CALL (subjects, day) {
  UNWIND subjects AS s
  RETURN collect({
    // integrityRisks reads the risk fields from the same evidence (stored as lists of one length).
    duty: s { .id, .title, .titleEn, .category, .keywords,
      accountability: coalesce(s.accountability, []),
      integrityRisks: [index IN range(0, size(coalesce(s.riskPoints, [])) - 1) |
        {risk: s.riskPoints[index], control: CASE s.riskControls[index] WHEN '' THEN null ELSE s.riskControls[index] END}] },
    parentId: head([(s)-[:PART_OF]->(parent:Duty) | parent.id]),
    // Each owner by id: what it shows is in `owners`, once however many duties it owns.
    owners: COLLECT {
      MATCH (owner)-[r:RESPONSIBLE_FOR]->(s)
      WHERE (owner:Office OR owner:Post)
        AND r.from <= day AND (r.to IS NULL OR day < r.to)
        AND owner.from <= day AND (owner.to IS NULL OR day < owner.to)
      WITH owner, r ORDER BY r.role DESC, owner.id
      RETURN { id: owner.id, role: r.role, responsibility: { from: toString(r.from), to: toString(r.to) } }
    }
  }) AS evidence
}
CALL (subjects, day) {
  UNWIND subjects AS s
  CALL (s, day) {
    MATCH (owner)-[r:RESPONSIBLE_FOR]->(s)
    WHERE (owner:Office OR owner:Post)
      AND r.from <= day AND (r.to IS NULL OR day < r.to)
      AND owner.from <= day AND (owner.to IS NULL OR day < owner.to)
    RETURN owner
  }
  WITH DISTINCT owner, day
  CALL (owner, day) {
    OPTIONAL MATCH (owner:Post)-[link:IN]->(postOffice:Office)
    WHERE link.from <= day AND (link.to IS NULL OR day < link.to)
      AND postOffice.from <= day AND (postOffice.to IS NULL OR day < postOffice.to)
    RETURN CASE WHEN owner:Office THEN owner ELSE postOffice END AS office, link AS officeLink
    ORDER BY postOffice.id
    LIMIT 1
  }
  RETURN collect({
    kind: CASE WHEN owner:Office THEN 'OFFICE' ELSE 'POST' END,
    // officeKind: an office owner's own kind, so the Office it names carries it (null for a post).
    owner: owner { .id, .name, .nameEn, .rank, .level, officeKind: CASE WHEN owner:Office THEN owner.kind END },
    office: office { .id, .name, .nameEn },
    officeLink: CASE WHEN officeLink IS NOT NULL THEN { from: toString(officeLink.from), to: toString(officeLink.to) } END,
    // Whose holders do the work: a post owner's own post; an office's PRINCIPAL posts.
    staffPosts: CASE WHEN owner:Office
      THEN COLLECT {
        MATCH (post:Post {rank: 'PRINCIPAL'})-[link:IN]->(owner)
        WHERE link.from <= day AND (link.to IS NULL OR day < link.to)
          AND post.from <= day AND (post.to IS NULL OR day < post.to)
        WITH post, link ORDER BY post.id
        RETURN {
          post: post { .id, .name, .nameEn, .rank, .level },
          link: { from: toString(link.from), to: toString(link.to) },
          holders: COLLECT {
            MATCH (person:Person)-[holds:HOLDS]->(post)
            WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)
            WITH person, holds ORDER BY coalesce(holds.acting, false), person.id
            RETURN {person: person { .id, .name, .nameEn }, acting: coalesce(holds.acting, false), from: toString(holds.from), to: toString(holds.to)}
          }
        }
      }
      ELSE [{
        post: owner { .id, .name, .nameEn, .rank, .level },
        link: null,
        holders: COLLECT {
          MATCH (person:Person)-[holds:HOLDS]->(owner)
          WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)
          WITH person, holds ORDER BY coalesce(holds.acting, false), person.id
          RETURN {person: person { .id, .name, .nameEn }, acting: coalesce(holds.acting, false), from: toString(holds.from), to: toString(holds.to)}
        }
      }]
    END,
    leadersInCharge: COLLECT {
      MATCH (leader:Post)-[charge:IN_CHARGE_OF]->(office)
      WHERE charge.from <= day AND (charge.to IS NULL OR day < charge.to)
        AND leader.from <= day AND (leader.to IS NULL OR day < leader.to)
      WITH leader, charge ORDER BY leader.id
      RETURN {
        post: leader { .id, .name, .nameEn, .rank, .level },
        link: { from: toString(charge.from), to: toString(charge.to) },
        holders: COLLECT {
          MATCH (person:Person)-[holds:HOLDS]->(leader)
          WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)
          WITH person, holds ORDER BY coalesce(holds.acting, false), person.id
          RETURN {person: person { .id, .name, .nameEn }, acting: coalesce(holds.acting, false), from: toString(holds.from), to: toString(holds.to)}
        }
      }
    }
  }) AS owners
}

RETURN dataFrom,
       $township IS NULL OR town IS NOT NULL AS townshipFound,
       [d IN audited | d.id] AS audited,
       evidence,
       owners
