// dataset/merge-people: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (person:Person {id: row.id})
SET person.name = row.name,
    person.nameEn = row.nameEn,
    person.gender = row.gender,
    person.birthDate = date(row.birthDate),
    person.partyMember = row.partyMember
