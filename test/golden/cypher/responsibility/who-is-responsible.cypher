// responsibility/who-is-responsible: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: asOf, calibration, candidates, confidentAt, confidentOnly, exactTitle, lucene, page, query, terms, township, vector, vectorCandidates, vectorIndex, vectorProperty
// whoIsResponsible: the duties matching a question, ranked, with all the evidence an answer shows.
// Hybrid search in one statement: candidates by words (the `duty_words` full-text index, $lucene) and by
// meaning (the vector index $vectorIndex over :DutyMeaning, the question's $vector, top $vectorCandidates
// meanings), then every candidate scored on both: `meaning`, the cosine of its meaning in the question's
// language ($vectorProperty) with the question, and `words`, the share of the question's $terms among its own
// words (each of $terms is a word with its spelling alternatives; any of them counts). Its confidence is the calibrated probability that it is what was asked,
// 1 / (1 + exp(-(bias + meaningWeight * meaning + wordsWeight * words))) with $calibration from
// domain/search-confidence.ts; an exact id or title is 1. Ranked by confidence.
// $query: the text as typed (an exact duty id matches it); $exactTitle: the normalised lower-case text;
// $township: an id or null; $asOf: YYYY-MM-DD; $candidates, $vectorCandidates: integers; $page: {first, last,
// after, before} (page-window) of the ranked list; $confidentOnly: page only the candidates at or above
// $confidentAt when the best one is (whoIsResponsible), else every candidate (dutySearch).
// One row: dataFrom (the earliest day of data asked about), townshipFound, hits (the page, ranked), their
// positions (page-position), totalCount, hasPreviousPage, hasNextPage, nearest
// (each hit's closest ancestor with a lead owner) and evidence (per duty: the hits, their parents
// and those ancestors; each with its owners on the day, their offices, staff, leaders and deputies).
WITH date($asOf) AS day
OPTIONAL MATCH (town:Township {id: $township})
WITH day, town,
     CASE WHEN $township IS NULL
       THEN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS dataFrom ORDER BY dataFrom LIMIT 1 })
       ELSE town.dataFrom
     END AS dataFrom

CALL (town) {
  WITH town, EXISTS { (:Duty {id: $query}) } AS byId
  CALL (town, byId) {
    MATCH (d:Duty {id: $query})
    RETURN d, 'ID' AS source
    UNION
    UNWIND CASE WHEN $lucene IS NULL OR byId THEN [] ELSE [$lucene] END AS text
    CALL db.index.fulltext.queryNodes('duty_words', text, {limit: $candidates}) YIELD node
    RETURN node AS d, 'WORDS' AS source
    UNION
    UNWIND CASE WHEN byId THEN [] ELSE [$vector] END AS vector
    CALL db.index.vector.queryNodes($vectorIndex, $vectorCandidates, vector) YIELD node AS meaning
    WITH town, collect(meaning) AS meanings
    // Within a town, from its own duties (a province links each meaning to every town's duty).
    CALL (town, meanings) {
      MATCH (town)<-[:IN]-(d:Duty)-[:MEANS]->(meaning)
      WHERE meaning IN meanings
      RETURN d
      UNION
      UNWIND CASE WHEN town IS NULL THEN meanings ELSE [] END AS meaning
      MATCH (d:Duty)-[:MEANS]->(meaning)
      RETURN d
    }
    RETURN d, 'MEANING' AS source
  }
  WITH town, d, collect(DISTINCT source) AS sources
  WHERE $township IS NULL OR EXISTS { (d)-[:IN]->(town) }
  WITH d,
       'ID' IN sources AS isId,
       toLower(d.title) = $exactTitle OR toLower(d.titleEn) = $exactTitle AS exact,
       coalesce(head(COLLECT {
         MATCH (d)-[:MEANS]->(m:DutyMeaning)
         WHERE m[$vectorProperty] IS NOT NULL
         // vector.similarity.cosine answers (1 + cosine) / 2; the calibration reads the cosine itself.
         WITH 2 * vector.similarity.cosine(m[$vectorProperty], $vector) - 1 AS cosine
         RETURN cosine ORDER BY cosine DESC LIMIT 1
       }), 0.0) AS meaning,
       CASE WHEN size($terms) = 0 THEN 0.0
         ELSE toFloat(size([group IN $terms WHERE any(term IN group WHERE term IN split(coalesce(d.searchText, ''), ' '))])) / size($terms) END AS words
  // How far each candidate is behind the best candidate of this question, on each measure.
  WITH collect({d: d, isId: isId, exact: exact, meaning: meaning, words: words}) AS candidates
  WITH candidates,
       reduce(best = -1.0, c IN candidates | CASE WHEN c.meaning > best THEN c.meaning ELSE best END) AS bestMeaning,
       reduce(best = 0.0, c IN candidates | CASE WHEN c.words > best THEN c.words ELSE best END) AS bestWords
  UNWIND candidates AS c
  WITH c.d AS d, c.isId AS isId, c.exact AS exact, c.meaning AS meaning, c.words AS words,
       $calibration.bias + $calibration.meaning * c.meaning + $calibration.words * c.words
         + $calibration.meaningGap * (c.meaning - bestMeaning) + $calibration.wordsGap * (c.words - bestWords) AS logit,
       $calibration.bias + $calibration.meaning * c.meaning AS meaningLogit
  WITH d, isId, exact, meaning, words,
       CASE WHEN isId OR exact THEN 1.0 ELSE 1.0 / (1.0 + exp(-logit)) END AS confidence,
       CASE
         WHEN isId THEN 'ID'
         WHEN exact THEN 'TITLE'
         // The meaning counts as matched when it alone would make the duty a confident answer.
         WHEN words > 0 AND meaningLogit >= 0 THEN 'BOTH'
         WHEN words > 0 THEN 'WORDS'
         ELSE 'MEANING'
       END AS matchedBy
  ORDER BY confidence DESC, words DESC, meaning DESC, d.id
  WITH collect({key: [confidence, words, meaning], id: d.id,
                hit: {duty: d, matchedBy: matchedBy, confidence: confidence, meaning: meaning, words: words}}) AS ranked
  // With $confidentOnly (whoIsResponsible) the list is the confident candidates when there are any (ranked
  // by confidence, they come first), else every candidate as a suggestion; then the page of it.
  WITH [row IN ranked WHERE NOT $confidentOnly OR row.hit.confidence >= $confidentAt OR ranked[0].hit.confidence < $confidentAt] AS rows
  WITH rows, head([after IN [CASE WHEN $page.after IS NULL THEN null ELSE {id: $page.after.id, key: CASE $page.after.type
      WHEN 'DATE' THEN date($page.after.key) WHEN 'DATETIME' THEN datetime($page.after.key) ELSE $page.after.key END} END] |
    head([before IN [CASE WHEN $page.before IS NULL THEN null ELSE {id: $page.before.id, key: CASE $page.before.type
        WHEN 'DATE' THEN date($page.before.key) WHEN 'DATETIME' THEN datetime($page.before.key) ELSE $page.before.key END} END] |
      head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR after.key IS NULL
            THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN true THEN row.key IS NULL ELSE after.key IS NULL END
            WHEN row.key = after.key THEN row.id <= after.id
            WHEN true THEN row.key > after.key
            ELSE row.key < after.key END, false)]) END] |
        head([hi IN [CASE WHEN before IS NULL THEN size(rows) ELSE size([row IN rows WHERE coalesce(
            CASE WHEN row.key IS NULL OR before.key IS NULL
              THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN true THEN row.key IS NULL ELSE before.key IS NULL END
              WHEN row.key = before.key THEN row.id < before.id
              WHEN true THEN row.key > before.key
              ELSE row.key < before.key END, false)]) END] |
          CASE WHEN $page.last IS NOT NULL
            THEN {start: CASE WHEN hi - $page.last > lo THEN hi - $page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
            ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + $page.first < hi THEN lo + $page.first ELSE hi END} END
        ])
      ])
    ])
  ]) AS window
  WITH rows, window, rows[window.start..window.end] AS pageRows
  RETURN [row IN pageRows | row.hit] AS hits,
         [row IN pageRows | {key: CASE WHEN row.key IS :: DATE OR row.key IS :: ZONED DATETIME THEN toString(row.key) ELSE row.key END,
          type: CASE WHEN row.key IS :: DATE THEN 'DATE' WHEN row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
          id: row.id}] AS positions,
         size(rows) AS totalCount, window.start > 0 AS hasPreviousPage, window.end < size(rows) AS hasNextPage
}

WITH day, town, dataFrom, hits, positions, totalCount, hasPreviousPage, hasNextPage, [hit IN hits | hit.duty] AS matched
CALL (matched, day) {
  UNWIND matched AS m
  OPTIONAL MATCH (m)-[:PART_OF]->(parent:Duty)
  OPTIONAL CALL (m, day) {
    MATCH path = (m)-[:PART_OF*1..20]->(ancestor:Duty)
    WHERE EXISTS {
      MATCH (lead)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(ancestor)
      WHERE (lead:Office OR lead:Post)
        AND r.from <= day AND (r.to IS NULL OR day < r.to)
        AND lead.from <= day AND (lead.to IS NULL OR day < lead.to)
    }
    RETURN ancestor, length(path) AS distance
    ORDER BY distance, ancestor.id
    LIMIT 1
  }
  RETURN collect(CASE WHEN ancestor IS NOT NULL THEN {of: m.id, id: ancestor.id, distance: distance} END) AS nearest,
         collect(DISTINCT parent) + collect(DISTINCT ancestor) AS related
}

WITH dataFrom, town, hits, positions, totalCount, hasPreviousPage, hasNextPage, nearest, day,
     reduce(subjects = [], s IN matched + related | CASE WHEN s IN subjects THEN subjects ELSE subjects + s END) AS subjects
CALL (subjects, day) {
  UNWIND subjects AS s
  RETURN collect({
    duty: s { .id, .title, .titleEn, .category, .keywords,
      // The responsibility-list fields, stored as lists of one length ('' = no article / measure).
      itemType: s.itemType,
      legalBases: [index IN range(0, size(coalesce(s.legalBasisTitles, [])) - 1) |
        {title: s.legalBasisTitles[index], article: CASE s.legalBasisArticles[index] WHEN '' THEN null ELSE s.legalBasisArticles[index] END}],
      accountability: coalesce(s.accountability, []),
      integrityRisks: [index IN range(0, size(coalesce(s.riskPoints, [])) - 1) |
        {risk: s.riskPoints[index], control: CASE s.riskControls[index] WHEN '' THEN null ELSE s.riskControls[index] END}] },
    parentId: head([(s)-[:PART_OF]->(parent:Duty) | parent.id]),
    basis: head([(s)-[basis:DEFINED_BY]->(document:Document) | {document: document { .id, .title, .titleEn }, clause: basis.clause}]),
    owners: COLLECT {
      MATCH (owner)-[r:RESPONSIBLE_FOR]->(s)
      WHERE (owner:Office OR owner:Post)
        AND r.from <= day AND (r.to IS NULL OR day < r.to)
        AND owner.from <= day AND (owner.to IS NULL OR day < owner.to)
      CALL (owner, day) {
        OPTIONAL MATCH (owner:Post)-[link:IN]->(postOffice:Office)
        WHERE link.from <= day AND (link.to IS NULL OR day < link.to)
          AND postOffice.from <= day AND (postOffice.to IS NULL OR day < postOffice.to)
        RETURN CASE WHEN owner:Office THEN owner ELSE postOffice END AS office, link AS officeLink
        ORDER BY postOffice.id
        LIMIT 1
      }
      WITH owner, r, office, {
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
      } AS shared
      WITH owner, r, office, shared { .*, role: r.role, responsibility: { from: toString(r.from), to: toString(r.to) } } AS evidence
      RETURN evidence {
        .*,
        // Stand-ins for a vacancy: DEPUTY_OF the owning post (or of the office's principal post),
        // then DEPUTY-rank posts IN the owning office.
        deputies: COLLECT {
          CALL (owner, office, day) {
            MATCH (deputy:Post)-[:DEPUTY_OF]->(owner:Post)
            RETURN deputy, 'DEPUTY_OF' AS via, owner AS target, null AS link
            UNION
            MATCH (deputy:Post)-[:DEPUTY_OF]->(target:Post {rank: 'PRINCIPAL'})-[targetLink:IN]->(owner:Office)
            WHERE targetLink.from <= day AND (targetLink.to IS NULL OR day < targetLink.to)
              AND target.from <= day AND (target.to IS NULL OR day < target.to)
            RETURN deputy, 'DEPUTY_OF' AS via, target, null AS link
            UNION
            MATCH (deputy:Post {rank: 'DEPUTY'})-[link:IN]->(office)
            WHERE link.from <= day AND (link.to IS NULL OR day < link.to)
            RETURN deputy, 'SAME_OFFICE' AS via, null AS target, link
          }
          WITH deputy, via, target, link
          WHERE deputy.from <= day AND (deputy.to IS NULL OR day < deputy.to)
          ORDER BY via, deputy.id
          RETURN {
            post: deputy { .id, .name, .nameEn, .rank, .level },
            via: via,
            deputyOf: target { .id, .name, .nameEn, .rank, .level },
            link: link { .from, .to },
            holders: COLLECT {
              MATCH (person:Person)-[holds:HOLDS]->(deputy)
              WHERE holds.from <= day AND (holds.to IS NULL OR day < holds.to)
              WITH person, holds ORDER BY coalesce(holds.acting, false), person.id
              RETURN {person: person { .id, .name, .nameEn }, acting: coalesce(holds.acting, false), from: toString(holds.from), to: toString(holds.to)}
            }
          }
        }
      } AS ownerEvidence
      ORDER BY ownerEvidence.role DESC, ownerEvidence.owner.id
    }
  }) AS evidence
}

RETURN dataFrom,
       $township IS NULL OR town IS NOT NULL AS townshipFound,
       [hit IN hits | {id: hit.duty.id, matchedBy: hit.matchedBy, confidence: hit.confidence, meaning: hit.meaning, words: hit.words}] AS hits,
       positions, totalCount, hasPreviousPage, hasNextPage,
       nearest,
       evidence
