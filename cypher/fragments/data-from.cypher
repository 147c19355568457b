// data-from: the earliest day of data of the township asked about: its own `dataFrom`, or, when
// no township is named, the earliest of all townships (a day before it is a BAD_USER_INPUT on asOf).
// An expression: write it as a value, as `/*@ data-from(town: town, township: $township) */ AS dataFrom`.
// @param town      the township matched by id (null when none is named or none has that id)
// @param township  the township id asked about, or null for every township
CASE WHEN @township IS NULL
  THEN head(COLLECT { MATCH (t:Township) WHERE t.dataFrom IS NOT NULL RETURN t.dataFrom AS dataFrom ORDER BY dataFrom LIMIT 1 })
  ELSE @town.dataFrom
END
