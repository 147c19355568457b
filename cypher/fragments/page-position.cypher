// page-position: where a row of a sorted list sits, as a cursor carries it: {key, type, id}. A date or
// datetime key travels as text with its type ('DATE', 'DATETIME'), so page-window compares it as the
// key itself; text, numbers and lists of numbers travel as they are.
// An expression: write it as a value, as `[row IN page | /*@ page-position(row: row) */]`.
// @param row  a row of the list: a map with `key` and `id`
{key: CASE WHEN @row.key IS :: DATE OR @row.key IS :: ZONED DATETIME THEN toString(@row.key) ELSE @row.key END,
 type: CASE WHEN @row.key IS :: DATE THEN 'DATE' WHEN @row.key IS :: ZONED DATETIME THEN 'DATETIME' END,
 id: @row.id}
