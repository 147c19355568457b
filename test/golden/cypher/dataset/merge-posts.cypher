// dataset/merge-posts: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
UNWIND $rows AS row
MERGE (post:Post {id: row.id})
SET post.name = row.name,
    post.nameEn = row.nameEn,
    post.aliases = row.aliases,
    post.level = row.level,
    post.rank = row.rank,
    post.singleHolder = row.singleHolder,
    post.from = date(row.from),
    post.to = date(row.to)
