// dataset/merge-party-organizations: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (organization:PartyOrganization {id: row.id})
SET organization.name = row.name,
    organization.nameEn = row.nameEn,
    organization.kind = row.kind
