// valid-on: x (an edge, an office or a post) is valid on the day: `from` inclusive, `to` exclusive,
// and a null `to` is still open. The one rule about time (docs/architecture.md, "Time").
// A condition: write it after WHERE or AND, as `WHERE /*@ valid-on(x: r, day: day) */`.
// @param x    the edge or node
// @param day  the day, a date
@x.from <= @day AND (@x.to IS NULL OR @day < @x.to)
