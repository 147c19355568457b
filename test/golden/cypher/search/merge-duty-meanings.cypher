// search/merge-duty-meanings: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// One (:DutyMeaning) per distinct embedded text. $rows: {key, language, artifact, text, property, vector};
// property is vectorZh or vectorEn (from the model table), set as a float vector for the vector index.
UNWIND $rows AS row
MERGE (meaning:DutyMeaning {key: row.key})
SET meaning.language = row.language, meaning.artifact = row.artifact, meaning.text = row.text
WITH meaning, row
CALL db.create.setNodeVectorProperty(meaning, row.property, row.vector)
