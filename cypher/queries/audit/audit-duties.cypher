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
     /*@ data-from(town: town, township: $township) */ AS dataFrom

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
      /*@ duty-owners(duty: s, day: day) */
      WITH owner, r ORDER BY r.role DESC, owner.id
      RETURN { id: owner.id, role: r.role, responsibility: { from: toString(r.from), to: toString(r.to) } }
    }
  }) AS evidence
}
CALL (subjects, day) {
  UNWIND subjects AS s
  CALL (s, day) {
    /*@ duty-owners(duty: s, day: day) */
    RETURN owner
  }
  WITH DISTINCT owner, day
  /*@ owner-office(owner: owner, day: day) */
  RETURN collect(/*@ owner-evidence(owner: owner, office: office, officeLink: officeLink, day: day) */) AS owners
}

RETURN dataFrom,
       $township IS NULL OR town IS NOT NULL AS townshipFound,
       [d IN audited | d.id] AS audited,
       evidence,
       owners
