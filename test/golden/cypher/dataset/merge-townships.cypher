// dataset/merge-townships: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (township:Township {id: row.id})
SET township.name = row.name,
    township.nameEn = row.nameEn,
    township.areaKm2 = row.areaKm2,
    township.population = toInteger(row.population),
    township.distanceToCityKm = row.distanceToCityKm,
    township.staff = toInteger(row.staff),
    township.pilotFrom = date(row.pilotFrom),
    township.pilotTo = date(row.pilotTo)
