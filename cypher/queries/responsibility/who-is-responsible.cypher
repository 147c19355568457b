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
     /*@ data-from(town: town, township: $township) */ AS dataFrom

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
  WITH rows, /*@ page-window(rows: rows, page: $page, descending: true) */ AS window
  WITH rows, window, rows[window.start..window.end] AS pageRows
  RETURN [row IN pageRows | row.hit] AS hits,
         [row IN pageRows | /*@ page-position(row: row) */] AS positions,
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
        AND /*@ valid-on(x: r, day: day) */
        AND /*@ valid-on(x: lead, day: day) */
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
      /*@ duty-owner-evidence(duty: s, day: day) */
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
            WHERE /*@ valid-on(x: targetLink, day: day) */
              AND /*@ valid-on(x: target, day: day) */
            RETURN deputy, 'DEPUTY_OF' AS via, target, null AS link
            UNION
            MATCH (deputy:Post {rank: 'DEPUTY'})-[link:IN]->(office)
            WHERE /*@ valid-on(x: link, day: day) */
            RETURN deputy, 'SAME_OFFICE' AS via, null AS target, link
          }
          WITH deputy, via, target, link
          WHERE /*@ valid-on(x: deputy, day: day) */
          ORDER BY via, deputy.id
          RETURN {
            post: deputy { .id, .name, .nameEn, .rank, .level },
            via: via,
            deputyOf: target { .id, .name, .nameEn, .rank, .level },
            link: link { .from, .to },
            holders: /*@ post-holders(post: deputy, day: day) */
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
