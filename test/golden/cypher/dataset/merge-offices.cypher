// dataset/merge-offices: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (office:Office {id: row.id})
SET office.name = row.name,
    office.nameEn = row.nameEn,
    office.aliases = row.aliases,
    office.kind = row.kind,
    office.from = date(row.from),
    office.to = date(row.to)
