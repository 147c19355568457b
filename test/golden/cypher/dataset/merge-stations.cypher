// dataset/merge-stations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (station:Station {id: row.id})
SET station.name = row.name,
    station.nameEn = row.nameEn
