UNWIND $rows AS row
MERGE (organization:PartyOrganization {id: row.id})
SET organization.name = row.name,
    organization.nameEn = row.nameEn,
    organization.kind = row.kind
