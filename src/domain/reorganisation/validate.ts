import type { NodeLabel } from '../../dataset/labels';
import type { NodeFacts } from '../mutation-facts';
import { expectLabel, periodOf } from '../mutation-rules';
import { validOn } from '../period';
import type { ProblemList } from '../problems';
import { at, DutyOwnersSpec, NewOfficeSpec, NewPostSpec, OfficeClosureSpec, ReorganizationSpec } from './spec';

const UNIT_LABELS: readonly NodeLabel[] = ['Office', 'Village', 'Station', 'Township'];

/** A reorganisation's input, checked against the nodes it names: its lists (absent ones empty) and what each entry names, by id. */
export interface Intent {
  spec: ReorganizationSpec;
  on: string;
  createOffices: NewOfficeSpec[];
  closeOffices: OfficeClosureSpec[];
  createPosts: NewPostSpec[];
  reassign: DutyOwnersSpec[];
  leaders: { post: string; office: string }[];
  /** The named nodes as the graph holds them. */
  nodes: ReadonlyMap<string, NodeFacts>;
  newOffices: ReadonlyMap<string, NewOfficeSpec>;
  newPosts: ReadonlyMap<string, NewPostSpec>;
  closing: ReadonlyMap<string, OfficeClosureSpec>;
  cut: ReadonlySet<string>;
  /** Post → its new unit. */
  movedPosts: ReadonlyMap<string, string>;
  reassigned: ReadonlyMap<string, DutyOwnersSpec>;
  /** Village → its new unit. */
  movedVillages: ReadonlyMap<string, string>;
}

/** Every id the input names: the nodes to read before anything is decided. */
export function namedIds(spec: ReorganizationSpec): string[] {
  return [
    spec.township,
    ...(spec.createOffices ?? []).map((office) => office.id),
    ...(spec.closeOffices ?? []).flatMap((closure) => [closure.office, ...closure.mergedInto]),
    ...(spec.createPosts ?? []).flatMap((post) => [post.id, post.unit, ...(post.deputyOf ? [post.deputyOf] : []), ...(post.inChargeOf ?? [])]),
    ...(spec.movePosts ?? []).flatMap((move) => [move.post, move.unit]),
    ...(spec.cutPosts ?? []),
    ...(spec.reassignDuties ?? []).flatMap((duty) => [duty.duty, ...duty.owners.map((owner) => owner.owner)]),
    ...(spec.moveVillages ?? []).flatMap((move) => [move.village, move.unit]),
    ...(spec.leadersInCharge ?? []).flatMap((leader) => [leader.post, leader.office]),
  ];
}

/** The nodes to lock (and whose edges to read) before planning: everything that closes, moves or is reassigned. */
export function lockedIds(intent: Intent): string[] {
  return [...intent.closing.keys(), ...intent.cut, ...intent.movedPosts.keys(), ...intent.reassigned.keys(), ...intent.movedVillages.keys()];
}

/**
 * Checks a reorganisation against the nodes it names, reporting every problem to `problems`: ids
 * new or closed twice, labels, offices and posts that do not run until the day, units and owners
 * that do not exist on the day after it (or close or are cut in the same reorganisation), and
 * leaders that are not leadership posts.
 */
export function validate(spec: ReorganizationSpec, nodes: ReadonlyMap<string, NodeFacts>, problems: ProblemList): Intent {
  expectLabel(problems, nodes, 'input.township', spec.township, ['Township']);
  const intent = identify(spec, nodes, problems);
  const alive = aliveOn(intent, problems);
  intent.closeOffices.forEach((closure, index) => closure.mergedInto.forEach((target, k) => alive(at('closeOffices', index, `mergedInto[${k}]`), target, ['Office'])));
  intent.createPosts.forEach((post, index) => {
    alive(at('createPosts', index, 'unit'), post.unit, UNIT_LABELS);
    if (post.deputyOf) alive(at('createPosts', index, 'deputyOf'), post.deputyOf, ['Post']);
    (post.inChargeOf ?? []).forEach((office, k) => alive(at('createPosts', index, `inChargeOf[${k}]`), office, ['Office']));
    if ((post.inChargeOf ?? []).length > 0 && post.level !== 'LEADERSHIP') problems.add(at('createPosts', index, 'inChargeOf'), `only leadership posts are in charge of offices; this post's level is ${post.level}`);
  });
  (spec.movePosts ?? []).forEach((move, index) => {
    alive(at('movePosts', index, 'post'), move.post, ['Post']);
    alive(at('movePosts', index, 'unit'), move.unit, UNIT_LABELS);
  });
  intent.reassign.forEach((duty, index) => {
    expectLabel(problems, nodes, at('reassignDuties', index, 'duty'), duty.duty, ['Duty']);
    if (index !== firstIndex(intent.reassign, duty.duty)) problems.add(at('reassignDuties', index, 'duty'), `'${duty.duty}' is reassigned twice`);
    duty.owners.forEach((owner, k) => alive(at('reassignDuties', index, `owners[${k}].owner`), owner.owner, ['Office', 'Post']));
    const keys = duty.owners.map((owner) => `${owner.owner}/${owner.role}`);
    if (new Set(keys).size !== keys.length) problems.add(at('reassignDuties', index, 'owners'), 'names the same owner and role twice');
  });
  (spec.moveVillages ?? []).forEach((move, index) => {
    expectLabel(problems, nodes, at('moveVillages', index, 'village'), move.village, ['Village']);
    alive(at('moveVillages', index, 'unit'), move.unit, ['Township', 'Office']);
  });
  intent.leaders.forEach((leader, index) => {
    if (alive(at('leadersInCharge', index, 'post'), leader.post, ['Post'])) {
      const level = intent.newPosts.get(leader.post)?.level ?? nodes.get(leader.post)?.props.level;
      if (level !== 'LEADERSHIP') problems.add(at('leadersInCharge', index, 'post'), `only leadership posts are in charge of offices; '${leader.post}' is a ${String(level)} post`);
    }
    alive(at('leadersInCharge', index, 'office'), leader.office, ['Office']);
  });
  return intent;
}

function firstIndex(reassign: readonly DutyOwnersSpec[], duty: string): number {
  return reassign.findIndex((entry) => entry.duty === duty);
}

/** What is new and what closes: offices and posts created (ids unique), offices closed, posts cut. */
function identify(spec: ReorganizationSpec, nodes: ReadonlyMap<string, NodeFacts>, problems: ProblemList): Intent {
  const on = spec.on;
  const newOffices = new Map<string, NewOfficeSpec>();
  const createOffices = spec.createOffices ?? [];
  createOffices.forEach((office, index) => {
    const existing = nodes.get(office.id);
    if (existing) problems.add(at('createOffices', index, 'id'), `'${office.id}' already exists (${existing.label}); ids are unique across all records`);
    else if (newOffices.has(office.id)) problems.add(at('createOffices', index, 'id'), `'${office.id}' is created twice`);
    newOffices.set(office.id, office);
  });
  const newPosts = new Map<string, NewPostSpec>();
  const createPosts = spec.createPosts ?? [];
  createPosts.forEach((post, index) => {
    const existing = nodes.get(post.id);
    if (existing || newOffices.has(post.id)) problems.add(at('createPosts', index, 'id'), `'${post.id}' already exists; ids are unique across all records`);
    else if (newPosts.has(post.id)) problems.add(at('createPosts', index, 'id'), `'${post.id}' is created twice`);
    newPosts.set(post.id, post);
  });
  const closing = new Map<string, OfficeClosureSpec>();
  const closeOffices = spec.closeOffices ?? [];
  closeOffices.forEach((closure, index) => {
    const office = expectLabel(problems, nodes, at('closeOffices', index, 'office'), closure.office, ['Office']);
    if (closing.has(closure.office)) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' is closed twice`);
    closing.set(closure.office, closure);
    if (!office) return;
    if (!(String(office.props.from) < on && validOn(office.props, on))) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' does not run until ${on} (${periodOf(office)})`);
    if (office.township !== spec.township) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' is not an office of '${spec.township}'`);
  });
  const cut = new Set<string>();
  (spec.cutPosts ?? []).forEach((id, index) => {
    const post = expectLabel(problems, nodes, `input.cutPosts[${index}]`, id, ['Post']);
    if (post && !(String(post.props.from) < on && validOn(post.props, on))) problems.add(`input.cutPosts[${index}]`, `'${id}' does not run until ${on} (${periodOf(post)})`);
    cut.add(id);
  });
  const reassign = spec.reassignDuties ?? [];
  return {
    spec,
    on,
    createOffices,
    closeOffices,
    createPosts,
    reassign,
    leaders: spec.leadersInCharge ?? [],
    nodes,
    newOffices,
    newPosts,
    closing,
    cut,
    movedPosts: new Map((spec.movePosts ?? []).map((move) => [move.post, move.unit])),
    reassigned: new Map(reassign.map((duty) => [duty.duty, duty])),
    movedVillages: new Map((spec.moveVillages ?? []).map((move) => [move.village, move.unit])),
  };
}

/** A check that a unit or owner exists on the day after the change: new, or existing, running on `on` and not closing or cut. */
function aliveOn(intent: Intent, problems: ProblemList): (field: string, id: string, labels: readonly NodeLabel[]) => boolean {
  const { on, nodes, newOffices, newPosts, closing, cut } = intent;
  return (field, id, labels) => {
    const fail = (message: string) => {
      problems.add(field, message);
      return false;
    };
    if (newOffices.has(id)) return labels.includes('Office') || fail(`'${id}' is a new Office; expected ${labels.join(' or ')}`);
    if (newPosts.has(id)) return labels.includes('Post') || fail(`'${id}' is a new Post; expected ${labels.join(' or ')}`);
    const node = expectLabel(problems, nodes, field, id, labels);
    if (!node) return false;
    if (closing.has(id)) return fail(`'${id}' closes on ${on} in this reorganisation`);
    if (cut.has(id)) return fail(`'${id}' is cut on ${on} in this reorganisation`);
    if (!validOn(node.props, on)) return fail(`'${id}' does not exist on ${on} (${periodOf(node)})`);
    return true;
  };
}
