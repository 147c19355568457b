// dataset/export-departments: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
MATCH (department:Department)
WHERE $ids IS NULL OR department.id IN $ids
RETURN department {.id, .name, .nameEn} AS record
ORDER BY department.id
