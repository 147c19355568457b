UNWIND $rows AS row
MERGE (station:Station {id: row.id})
SET station.name = row.name,
    station.nameEn = row.nameEn
