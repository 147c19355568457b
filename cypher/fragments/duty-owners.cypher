// duty-owners: the owners of the duty on the day, offices and posts RESPONSIBLE_FOR it, both valid
// on the day; one row each. A clause: binds `owner` and `r` (the RESPONSIBLE_FOR edge).
// @param duty  the duty
// @param day   the day, a date
MATCH (owner)-[r:RESPONSIBLE_FOR]->(@duty)
WHERE (owner:Office OR owner:Post)
  AND /*@ valid-on(x: r, day: @day) */
  AND /*@ valid-on(x: owner, day: @day) */
