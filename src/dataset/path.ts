/** A field's position inside a parsed file: `['people', 3, 'holds', 0, 'to']`. */
export type FieldPath = readonly (string | number)[];

/** `['people', 3, 'holds', 0, 'to']` → `people[3].holds[0].to` */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

/** The last named segment: `to` for `people[3].holds[0].to`, `people` for `people[3]`. */
export function fieldOf(path: FieldPath): string {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const segment = path[index];
    if (typeof segment === 'string') return segment;
  }
  return '';
}
