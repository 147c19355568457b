// duty-owner-evidence: the owners of the duty on the day (offices and posts RESPONSIBLE_FOR it,
// both valid on the day), one row each, with what an answer shows of them:
// `evidence` = {kind, owner, role, responsibility, office, officeLink, staffPosts, leadersInCharge}
// (owner-evidence, and the duty's own role and responsibility; read by repositories/rows/duty-evidence.rows.ts).
// Also binds `owner`, `r` (the RESPONSIBLE_FOR edge) and `office` (the owning office), for what a
// statement adds to `evidence`.
// Clauses: write it first in a COLLECT subquery, then RETURN evidence (or a projection of it).
// @param duty  the duty
// @param day   the day, a date
/*@ duty-owners(duty: @duty, day: @day) */
/*@ owner-office(owner: owner, day: @day) */
WITH owner, r, office, /*@ owner-evidence(owner: owner, office: office, officeLink: officeLink, day: @day) */ AS shared
WITH owner, r, office, shared { .*, role: r.role, responsibility: { from: toString(r.from), to: toString(r.to) } } AS evidence
