UNWIND $rows AS row
MERGE (duty:Duty {id: row.id})
SET duty.title = row.title,
    duty.titleEn = row.titleEn,
    duty.description = row.description,
    duty.descriptionEn = row.descriptionEn,
    duty.category = row.category,
    duty.keywords = row.keywords,
    duty.keywordText = row.keywordText,
    duty.townshipKey = row.townshipKey
