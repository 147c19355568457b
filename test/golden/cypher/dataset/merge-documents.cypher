// dataset/merge-documents: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (document:Document {id: row.id})
SET document.title = row.title,
    document.titleEn = row.titleEn,
    document.issuedOn = date(row.issuedOn),
    document.issuer = row.issuer
