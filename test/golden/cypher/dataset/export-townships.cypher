// dataset/export-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: ids
// $ids: the township's members (find-township-members), or null for every record in the graph.
MATCH (township:Township)
WHERE $ids IS NULL OR township.id IN $ids
RETURN township {.id, .name, .nameEn, .areaKm2, .population, .distanceToCityKm, .staff, .pilotFrom, .pilotTo} AS record
ORDER BY township.id
