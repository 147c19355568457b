/** The node labels a dataset writes, one per top-level list of the format. */
export const NODE_LABELS = [
  'Township',
  'Department',
  'PartyOrganization',
  'Document',
  'Office',
  'Post',
  'Person',
  'Village',
  'Station',
  'Duty',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

/** "an Office", "a Post". */
export function withArticle(label: NodeLabel): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** "an Office or a Post" — for messages that name what a reference must point at. */
export function describeLabels(labels: readonly NodeLabel[]): string {
  const named = labels.map(withArticle);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}
