// dataset/extend-township-data-from: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// dataFrom is the earliest day any import has described for the township; it only ever moves back.
UNWIND $rows AS row
MATCH (township:Township {id: row.township})
WITH township, date(row.dataFrom) AS dataFrom
SET township.dataFrom = CASE WHEN township.dataFrom IS NULL OR dataFrom < township.dataFrom THEN dataFrom ELSE township.dataFrom END
