MATCH (department:Department)
WHERE $ids IS NULL OR department.id IN $ids
RETURN department {.id, .name, .nameEn} AS record
ORDER BY department.id
