// mutations/set-town-consulted: as sent, fragments expanded (npm run cypher:golden rewrites this file)
// $parameters: from, person, post, townConsulted
// Records whether the town was consulted on a station-head appointment (the HOLDS edge keyed by person, post, from).
MATCH (person:Person {id: $person})-[edge:HOLDS {from: date($from)}]->(post:Post {id: $post})
SET edge.townConsulted = $townConsulted
RETURN count(edge) AS updated
