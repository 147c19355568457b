// dataset/merge-departments: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (department:Department {id: row.id})
SET department.name = row.name,
    department.nameEn = row.nameEn
