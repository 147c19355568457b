UNWIND $rows AS row
MERGE (department:Department {id: row.id})
SET department.name = row.name,
    department.nameEn = row.nameEn
