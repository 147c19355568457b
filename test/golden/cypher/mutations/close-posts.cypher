// mutations/close-posts: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: rows
// Cuts posts on a day: `to` is set, the post and its history stay. $rows: [{id, on}].
UNWIND $rows AS row
MATCH (post:Post {id: row.id})
SET post.to = date(row.on)
RETURN count(post) AS cut
