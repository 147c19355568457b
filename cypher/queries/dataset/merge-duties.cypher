UNWIND $rows AS row
MERGE (duty:Duty {id: row.id})
SET duty.title = row.title,
    duty.titleEn = row.titleEn,
    duty.description = row.description,
    duty.descriptionEn = row.descriptionEn,
    duty.category = row.category,
    duty.itemType = row.itemType,
    duty.legalBasisTitles = row.legalBasisTitles,
    duty.legalBasisArticles = row.legalBasisArticles,
    duty.accountability = row.accountability,
    duty.riskPoints = row.riskPoints,
    duty.riskControls = row.riskControls,
    duty.listText = row.listText,
    duty.keywords = row.keywords,
    duty.keywordText = row.keywordText,
    duty.townshipKey = row.townshipKey,
    duty.searchText = row.searchText
