// duty-lead-count: how many different owners are LEAD of the duty on the day (0: BLANK, 1: LED, more: OVERLAP).
// An expression: write it as a value, as `/*@ duty-lead-count(duty: n, day: day) */ AS leadCount`.
// @param duty  the duty
// @param day   the day, a date
COUNT {
  MATCH (owner)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(@duty)
  WHERE /*@ valid-on(x: r, day: @day) */
  RETURN DISTINCT owner
}
