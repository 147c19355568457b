import type { NodeLabel } from '../dataset/labels';
import { describeLabels, withArticle } from '../dataset/labels';
import type { EdgeFacts, NodeFacts } from './mutation-facts';
import { periodsOverlap, validOn } from './period';
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

/** A node a mutation names for a day exists on it (its own from/to); else a problem on `field` with its period. */
export function expectExistsOn(problems: ProblemList, field: string, node: NodeFacts | undefined, day: string): void {
  if (node && !validOn(node.props, day)) problems.add(field, `'${node.id}' does not exist on ${day} (${periodOf(node)})`);
}

/**
 * A single-holder post has no two substantive holders at once: each pair of different people whose
 * substantive HOLDS edges overlap is a problem on `field` (the first clash of each holding).
 */
export function expectOneSubstantiveHolder(problems: ProblemList, field: string, postId: string, holdings: readonly EdgeFacts[]): void {
  const substantive = holdings.filter((edge) => !edge.outgoing && !edge.acting);
  substantive.forEach((first, index) => {
    const clash = substantive.slice(index + 1).find((second) => second.other !== first.other && periodsOverlap(first, second));
    if (clash) {
      problems.add(
        field,
        `'${postId}' cannot have a single holder: '${first.other}' (${first.from} to ${first.to ?? 'open'}) and '${clash.other}' (${clash.from} to ${clash.to ?? 'open'}) hold it substantively at the same time`,
      );
    }
  });
}
