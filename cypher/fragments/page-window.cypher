// page-window: the page of a sorted list that $page asks for, as {start, end}: the page is
// rows[start..end]. Relay cursor connections: `after` and `before` cut the list at positions
// (sort key and id, from page-position: a page continues from the same item whatever was inserted
// or removed before it), then `first` takes from the start of what is left or `last` from its end
// (exactly one of them is set). The same rule as src/domain/page.ts `pageWindow`.
// An expression: write it as a value, as `/*@ page-window(rows: rows, page: $page, descending: $descending) */ AS window`.
// @param rows        the whole list in its order: maps with `key` (the sort key) and `id` (ties, ascending)
// @param page        {first, last, after, before}: integers or null, positions ({key, type, id}) or null
// @param descending  true when the key sorts largest first, missing keys first; false: smallest first, missing last
head([after IN [CASE WHEN @page.after IS NULL THEN null ELSE {id: @page.after.id, key: CASE @page.after.type
    WHEN 'DATE' THEN date(@page.after.key) WHEN 'DATETIME' THEN datetime(@page.after.key) ELSE @page.after.key END} END] |
  head([before IN [CASE WHEN @page.before IS NULL THEN null ELSE {id: @page.before.id, key: CASE @page.before.type
      WHEN 'DATE' THEN date(@page.before.key) WHEN 'DATETIME' THEN datetime(@page.before.key) ELSE @page.before.key END} END] |
    head([lo IN [CASE WHEN after IS NULL THEN 0 ELSE size([row IN @rows WHERE coalesce(
        CASE WHEN row.key IS NULL OR after.key IS NULL
          THEN CASE WHEN row.key IS NULL AND after.key IS NULL THEN row.id <= after.id WHEN @descending THEN row.key IS NULL ELSE after.key IS NULL END
          WHEN row.key = after.key THEN row.id <= after.id
          WHEN @descending THEN row.key > after.key
          ELSE row.key < after.key END, false)]) END] |
      head([hi IN [CASE WHEN before IS NULL THEN size(@rows) ELSE size([row IN @rows WHERE coalesce(
          CASE WHEN row.key IS NULL OR before.key IS NULL
            THEN CASE WHEN row.key IS NULL AND before.key IS NULL THEN row.id < before.id WHEN @descending THEN row.key IS NULL ELSE before.key IS NULL END
            WHEN row.key = before.key THEN row.id < before.id
            WHEN @descending THEN row.key > before.key
            ELSE row.key < before.key END, false)]) END] |
        CASE WHEN @page.last IS NOT NULL
          THEN {start: CASE WHEN hi - @page.last > lo THEN hi - @page.last ELSE lo END, end: CASE WHEN hi > lo THEN hi ELSE lo END}
          ELSE {start: lo, end: CASE WHEN hi < lo THEN lo WHEN lo + @page.first < hi THEN lo + @page.first ELSE hi END} END
      ])
    ])
  ])
])
