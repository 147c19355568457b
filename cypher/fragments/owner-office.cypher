// owner-office: the office that owns through an owner on the day: an office owner itself, or the
// office a post owner is IN on the day (the first by id), with that IN edge (null for an office).
// A clause: binds `office` and `officeLink`, keeping what is in scope.
// @param owner  the owner, an :Office or :Post
// @param day    the day, a date
CALL (@owner, @day) {
  OPTIONAL MATCH (@owner:Post)-[link:IN]->(postOffice:Office)
  WHERE /*@ valid-on(x: link, day: @day) */
    AND /*@ valid-on(x: postOffice, day: @day) */
  RETURN CASE WHEN @owner:Office THEN @owner ELSE postOffice END AS office, link AS officeLink
  ORDER BY postOffice.id
  LIMIT 1
}
