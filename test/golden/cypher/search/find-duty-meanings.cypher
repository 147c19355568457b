// search/find-duty-meanings: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: keys
// The keys among $keys that already have a (:DutyMeaning) with its vector: those texts need no embedding.
UNWIND $keys AS key
MATCH (meaning:DutyMeaning {key: key})
WHERE meaning.vectorZh IS NOT NULL OR meaning.vectorEn IS NOT NULL
RETURN meaning.key AS key
