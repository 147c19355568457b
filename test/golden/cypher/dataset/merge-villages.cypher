// dataset/merge-villages: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (village:Village {id: row.id})
SET village.name = row.name,
    village.nameEn = row.nameEn,
    village.kind = row.kind,
    village.complex = row.complex
