import type { NodeLabel } from '../dataset/labels';
import { describeLabels, withArticle } from '../dataset/labels';
import type { NodeFacts } from './mutation-facts';
import type { ProblemList } from './problems';

/** Checks that an id names a node with one of the expected labels; returns the node when it does. */
export function expectLabel(problems: ProblemList, nodes: ReadonlyMap<string, NodeFacts>, field: string, id: string, labels: readonly NodeLabel[]): NodeFacts | undefined {
  const node = nodes.get(id);
  if (!node) {
    problems.add(field, `unknown id '${id}': no ${labels.join(' or ')} with this id`);
    return undefined;
  }
  if (!labels.includes(node.label)) {
    problems.add(field, `'${id}' is ${withArticle(node.label)}; expected ${describeLabels(labels)}`);
    return undefined;
  }
  return node;
}

/** "it exists from … to …", for a problem about a node's own period. */
export function periodOf(node: NodeFacts): string {
  return `it exists from ${String(node.props.from ?? '?')} to ${node.props.to ? String(node.props.to) : 'open'}`;
}
