import { NODE_LABELS, NodeLabel } from '../domain/model';

/** The node labels a dataset writes, one per top-level list of the format (the model's order). */
export { NODE_LABELS };
export type { NodeLabel };

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
