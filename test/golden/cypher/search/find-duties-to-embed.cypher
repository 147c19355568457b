// search/find-duties-to-embed: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: artifacts, limit
// Duties whose search words or meanings are missing or were made by another model ($artifacts: the current
// model artifacts), at most $limit, by id: the backfill reads them in batches until none is left.
MATCH (duty:Duty)
WHERE duty.searchText IS NULL
   OR NOT EXISTS { (duty)-[:MEANS]->(:DutyMeaning) }
   OR EXISTS { (duty)-[:MEANS]->(meaning:DutyMeaning) WHERE NOT meaning.artifact IN $artifacts }
WITH duty ORDER BY duty.id LIMIT $limit
RETURN duty.id AS id, duty.title AS title, duty.titleEn AS titleEn, duty.description AS description,
       duty.descriptionEn AS descriptionEn, coalesce(duty.keywords, []) AS keywords, duty.listText AS listText
