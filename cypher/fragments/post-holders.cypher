// post-holders: the people holding the post on the day, substantive holders before acting ones,
// then by person id; each {person: {id, name, nameEn}, acting, from, to}.
// An expression: write it as a value, as `holders: /*@ post-holders(post: post, day: day) */`.
// @param post  the post
// @param day   the day, a date
COLLECT {
  MATCH (person:Person)-[holds:HOLDS]->(@post)
  WHERE /*@ valid-on(x: holds, day: @day) */
  WITH person, holds ORDER BY coalesce(holds.acting, false), person.id
  RETURN {person: person { .id, .name, .nameEn }, acting: coalesce(holds.acting, false), from: toString(holds.from), to: toString(holds.to)}
}
