UNWIND $rows AS row
MERGE (document:Document {id: row.id})
SET document.title = row.title,
    document.titleEn = row.titleEn,
    document.issuedOn = date(row.issuedOn),
    document.issuer = row.issuer
