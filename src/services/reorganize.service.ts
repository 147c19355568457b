import type { Viewer } from '../auth/roles';
import { BadUserInputError } from '../errors';
import type { NodeLabel } from '../dataset/labels';
import type { DatasetRows } from '../dataset/to-rows';
import type { EdgeFacts, MutationRepository, MutationTx, NodeFacts } from '../repositories/mutation.repository';
import type { Neo4jExecutor } from '../db/executor';
import type { ChangeSetView } from './changes.service';
import type { DutyAuditView } from './duty-audit.service';
import type { DutyFlag } from '../domain/audit-flags';
import { ChangeView, dayBefore, expectLabel, openOn, Problems, recordChange, TouchedEntity, validOn } from '../domain/mutation-rules';

export interface NewOfficeSpec {
  id: string;
  name: string;
  nameEn?: string | null;
  kind: string;
}
export interface OfficeClosureSpec {
  office: string;
  /** The offices taking over its work; empty: withdrawn. */
  mergedInto: string[];
}
export interface NewPostSpec {
  id: string;
  name: string;
  nameEn?: string | null;
  level: string;
  rank: string;
  singleHolder?: boolean | null;
  unit: string;
  deputyOf?: string | null;
  inChargeOf?: string[] | null;
}
export interface DutyOwnersSpec {
  duty: string;
  owners: { owner: string; role: string }[];
  overrideReason?: string | null;
}
export interface ReorganizationSpec {
  township: string;
  on: string;
  note?: string | null;
  createOffices?: NewOfficeSpec[] | null;
  closeOffices?: OfficeClosureSpec[] | null;
  createPosts?: NewPostSpec[] | null;
  movePosts?: { post: string; unit: string }[] | null;
  cutPosts?: string[] | null;
  reassignDuties?: DutyOwnersSpec[] | null;
  moveVillages?: { village: string; unit: string }[] | null;
  leadersInCharge?: { post: string; office: string }[] | null;
}

export interface FlagChangeView {
  dutyId: string;
  flag: DutyFlag;
}

export interface ReorganizationView {
  applied: boolean;
  change: ChangeView | null;
  changes: ChangeSetView | null;
  flagsCreated: FlagChangeView[];
  flagsRemoved: FlagChangeView[];
}

/** Readers of what a transaction has written so far (the `changes` query and the duty audit, bound to it). */
export interface ReorganizationReaders {
  changes(view: Neo4jExecutor, from: string, to: string, township: string): Promise<ChangeSetView>;
  audit(view: Neo4jExecutor, asOf: string, township: string): Promise<DutyAuditView>;
}

/** What a reorganisation writes, computed from the input and the graph before anything is written. */
interface Plan {
  closeEdges: Map<string, string>;
  rows: Partial<DatasetRows>;
  closeOffices: { id: string; on: string; mergedInto: string[] }[];
  closePosts: { id: string; on: string }[];
  responsibilities: { owner: string; duty: string; role: string; from: string; to: null; overrideReason: string | null; recordedAt: string }[];
  touched: TouchedEntity[];
}

const UNIT_LABELS: readonly NodeLabel[] = ['Office', 'Village', 'Station', 'Township'];

/**
 * A whole reorganisation on one day, as ONE transaction: offices created, merged (MERGED_INTO) or
 * withdrawn, their posts, duties and villages moved, posts cut, leaders put in charge. Every rule is
 * checked before anything is written (all problems at once); a dry run writes, reads what changed and
 * which audit flags appear or disappear, and rolls back.
 */
export class ReorganizeService {
  constructor(
    private readonly repository: MutationRepository,
    private readonly readers: ReorganizationReaders,
  ) {}

  reorganize(spec: ReorganizationSpec, dryRun: boolean, viewer: Viewer): Promise<ReorganizationView> {
    const work = async (tx: MutationTx): Promise<ReorganizationView> => {
      const plan = await this.plan(tx, spec);
      const view = tx.readView();
      const auditBefore = await this.readers.audit(view, spec.on, spec.township).catch(ignoreBadInput);
      await write(tx, plan);
      const auditAfter = await this.readers.audit(view, spec.on, spec.township).catch(ignoreBadInput);
      const changes = await this.readers.changes(view, dayBefore(spec.on), spec.on, spec.township).catch(ignoreBadInput);
      const flags = (audit: DutyAuditView | null) => new Set((audit?.findings ?? []).flatMap((finding) => finding.flags.map((flag) => `${finding.duty.id}\u0000${flag}`)));
      const [before, after] = [flags(auditBefore), flags(auditAfter)];
      const asView = (key: string): FlagChangeView => {
        const [dutyId, flag] = key.split('\u0000') as [string, DutyFlag];
        return { dutyId, flag };
      };
      const change = dryRun ? null : await recordChange(tx, viewer, 'reorganize', spec, plan.touched);
      return {
        applied: !dryRun,
        change,
        changes,
        flagsCreated: [...after].filter((key) => !before.has(key)).sort().map(asView),
        flagsRemoved: [...before].filter((key) => !after.has(key)).sort().map(asView),
      };
    };
    return dryRun ? this.repository.dryRun('reorganize', work) : this.repository.write('reorganize', work);
  }

  private async plan(tx: MutationTx, spec: ReorganizationSpec): Promise<Plan> {
    const on = spec.on;
    const createOffices = spec.createOffices ?? [];
    const closeOffices = spec.closeOffices ?? [];
    const createPosts = spec.createPosts ?? [];
    const movePosts = spec.movePosts ?? [];
    const cutPosts = spec.cutPosts ?? [];
    const reassign = spec.reassignDuties ?? [];
    const moveVillages = spec.moveVillages ?? [];
    const leaders = spec.leadersInCharge ?? [];
    const problems = new Problems();
    const at = (list: string, index: number, field?: string) => `input.${list}[${index}]${field ? `.${field}` : ''}`;

    const named = [
      spec.township,
      ...createOffices.map((office) => office.id),
      ...closeOffices.flatMap((closure) => [closure.office, ...closure.mergedInto]),
      ...createPosts.flatMap((post) => [post.id, post.unit, ...(post.deputyOf ? [post.deputyOf] : []), ...(post.inChargeOf ?? [])]),
      ...movePosts.flatMap((move) => [move.post, move.unit]),
      ...cutPosts,
      ...reassign.flatMap((duty) => [duty.duty, ...duty.owners.map((owner) => owner.owner)]),
      ...moveVillages.flatMap((move) => [move.village, move.unit]),
      ...leaders.flatMap((leader) => [leader.post, leader.office]),
    ];
    const nodes = await tx.findNodes(named);
    expectLabel(problems, nodes, 'input.township', spec.township, ['Township']);

    // ---- what is new, what closes ----
    const newOffices = new Map<string, NewOfficeSpec>();
    createOffices.forEach((office, index) => {
      const existing = nodes.get(office.id);
      if (existing) problems.add(at('createOffices', index, 'id'), `'${office.id}' already exists (${existing.label}); ids are unique across all records`);
      else if (newOffices.has(office.id)) problems.add(at('createOffices', index, 'id'), `'${office.id}' is created twice`);
      newOffices.set(office.id, office);
    });
    const newPosts = new Map<string, NewPostSpec>();
    createPosts.forEach((post, index) => {
      const existing = nodes.get(post.id);
      if (existing || newOffices.has(post.id)) problems.add(at('createPosts', index, 'id'), `'${post.id}' already exists; ids are unique across all records`);
      else if (newPosts.has(post.id)) problems.add(at('createPosts', index, 'id'), `'${post.id}' is created twice`);
      newPosts.set(post.id, post);
    });
    const closing = new Map<string, OfficeClosureSpec>();
    closeOffices.forEach((closure, index) => {
      const office = expectLabel(problems, nodes, at('closeOffices', index, 'office'), closure.office, ['Office']);
      if (closing.has(closure.office)) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' is closed twice`);
      closing.set(closure.office, closure);
      if (!office) return;
      if (!(String(office.props.from) < on && validOn(office.props, on))) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' does not run until ${on} (${period(office)})`);
      if (office.township !== spec.township) problems.add(at('closeOffices', index, 'office'), `'${closure.office}' is not an office of '${spec.township}'`);
    });
    const cut = new Set<string>();
    cutPosts.forEach((id, index) => {
      const post = expectLabel(problems, nodes, `input.cutPosts[${index}]`, id, ['Post']);
      if (post && !(String(post.props.from) < on && validOn(post.props, on))) problems.add(`input.cutPosts[${index}]`, `'${id}' does not run until ${on} (${period(post)})`);
      cut.add(id);
    });

    // A unit or owner that exists on the day after the change: new, or existing, running on `on` and not closing.
    const alive = (field: string, id: string, labels: readonly NodeLabel[]): boolean => {
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
      if (!validOn(node.props, on)) return fail(`'${id}' does not exist on ${on} (${period(node)})`);
      return true;
    };

    closeOffices.forEach((closure, index) => closure.mergedInto.forEach((target, k) => alive(at('closeOffices', index, `mergedInto[${k}]`), target, ['Office'])));
    createPosts.forEach((post, index) => {
      alive(at('createPosts', index, 'unit'), post.unit, UNIT_LABELS);
      if (post.deputyOf) alive(at('createPosts', index, 'deputyOf'), post.deputyOf, ['Post']);
      (post.inChargeOf ?? []).forEach((office, k) => alive(at('createPosts', index, `inChargeOf[${k}]`), office, ['Office']));
      if ((post.inChargeOf ?? []).length > 0 && post.level !== 'LEADERSHIP') problems.add(at('createPosts', index, 'inChargeOf'), `only leadership posts are in charge of offices; this post's level is ${post.level}`);
    });
    movePosts.forEach((move, index) => {
      alive(at('movePosts', index, 'post'), move.post, ['Post']);
      alive(at('movePosts', index, 'unit'), move.unit, UNIT_LABELS);
    });
    const reassigned = new Map<string, DutyOwnersSpec>();
    reassign.forEach((duty, index) => {
      expectLabel(problems, nodes, at('reassignDuties', index, 'duty'), duty.duty, ['Duty']);
      if (reassigned.has(duty.duty)) problems.add(at('reassignDuties', index, 'duty'), `'${duty.duty}' is reassigned twice`);
      reassigned.set(duty.duty, duty);
      duty.owners.forEach((owner, k) => alive(at('reassignDuties', index, `owners[${k}].owner`), owner.owner, ['Office', 'Post']));
      const keys = duty.owners.map((owner) => `${owner.owner}/${owner.role}`);
      if (new Set(keys).size !== keys.length) problems.add(at('reassignDuties', index, 'owners'), 'names the same owner and role twice');
    });
    const movedVillages = new Map<string, string>();
    moveVillages.forEach((move, index) => {
      expectLabel(problems, nodes, at('moveVillages', index, 'village'), move.village, ['Village']);
      alive(at('moveVillages', index, 'unit'), move.unit, ['Township', 'Office']);
      movedVillages.set(move.village, move.unit);
    });
    leaders.forEach((leader, index) => {
      if (alive(at('leadersInCharge', index, 'post'), leader.post, ['Post'])) {
        const level = newPosts.get(leader.post)?.level ?? nodes.get(leader.post)?.props.level;
        if (level !== 'LEADERSHIP') problems.add(at('leadersInCharge', index, 'post'), `only leadership posts are in charge of offices; '${leader.post}' is a ${String(level)} post`);
      }
      alive(at('leadersInCharge', index, 'office'), leader.office, ['Office']);
    });
    problems.throwIfAny();

    // ---- the graph around what changes, locked first ----
    const movedPosts = new Map(movePosts.map((move) => [move.post, move.unit]));
    const lockIds = [...closing.keys(), ...cut, ...movedPosts.keys(), ...reassigned.keys(), ...movedVillages.keys()];
    await tx.lock(lockIds);
    const edges = await tx.findEdges(lockIds, ['IN', 'IN_CHARGE_OF', 'HOLDS', 'RESPONSIBLE_FOR', 'UNDER']);
    const open = (id: string) => openOn(edges.get(id) ?? [], on);

    const plan: Plan = { closeEdges: new Map(), rows: {}, closeOffices: [], closePosts: [], responsibilities: [], touched: [] };
    const close = (edge: EdgeFacts) => plan.closeEdges.set(edge.edge, on);
    const postUnits: NonNullable<DatasetRows['postUnits']> = [];
    const villageUnder: NonNullable<DatasetRows['villageUnder']> = [];
    const inCharge: NonNullable<DatasetRows['postInChargeOf']> = [];
    /** Responsibilities opened by this plan, by duty. */
    const opened = new Map<string, { owner: string; role: string }[]>();
    const openResponsibility = (duty: string, owner: string, role: string) => opened.set(duty, [...(opened.get(duty) ?? []), { owner, role }]);
    const touchedDuties = new Set<string>(reassigned.keys());

    // Offices that close: their posts, duties and villages go to the one office they merge into (or
    // where the input says); with several or no successors, the input must say where each goes.
    closeOffices.forEach((closure, index) => {
      const single = closure.mergedInto.length === 1 ? closure.mergedInto[0]! : null;
      const unplaced = (what: string) =>
        problems.add(at('closeOffices', index, 'office'), `${what} of '${closure.office}' runs past ${on}; with ${closure.mergedInto.length === 0 ? 'no office' : 'several offices'} to merge into, say where it goes`);
      for (const edge of open(closure.office)) {
        if (edge.type === 'IN' && !edge.outgoing && edge.otherLabel === 'Post') {
          if (cut.has(edge.other) || movedPosts.has(edge.other)) continue;
          if (!single) unplaced(`post '${edge.other}' (movePosts or cutPosts)`);
          else {
            close(edge);
            postUnits.push({ post: edge.other, unit: single, from: on, to: null });
          }
        } else if (edge.type === 'RESPONSIBLE_FOR' && edge.outgoing) {
          touchedDuties.add(edge.other);
          if (reassigned.has(edge.other)) continue;
          if (!single) unplaced(`duty '${edge.other}' (reassignDuties)`);
          else {
            close(edge);
            openResponsibility(edge.other, single, edge.role ?? 'ASSIST');
          }
        } else if (edge.type === 'UNDER' && !edge.outgoing) {
          if (movedVillages.has(edge.other)) continue;
          if (!single) unplaced(`village '${edge.other}' (moveVillages)`);
          else {
            close(edge);
            villageUnder.push({ village: edge.other, unit: single, from: on, to: null });
          }
        } else if (edge.type === 'IN_CHARGE_OF' && !edge.outgoing) {
          close(edge);
        }
      }
      plan.closeOffices.push({ id: closure.office, on, mergedInto: closure.mergedInto });
      plan.touched.push({ id: closure.office, label: 'Office', before: { to: nodes.get(closure.office)?.props.to ?? null }, after: { to: on, mergedInto: closure.mergedInto } });
    });

    // Posts cut: the post and everything it still holds or is held by end on the day.
    for (const id of cut) {
      for (const edge of open(id)) {
        if (edge.type === 'RESPONSIBLE_FOR') touchedDuties.add(edge.other);
        close(edge);
      }
      plan.closePosts.push({ id, on });
      plan.touched.push({ id, label: 'Post', before: { to: nodes.get(id)?.props.to ?? null }, after: { to: on } });
    }
    for (const [post, unit] of movedPosts) {
      open(post).filter((edge) => edge.type === 'IN' && edge.outgoing).forEach(close);
      postUnits.push({ post, unit, from: on, to: null });
      plan.touched.push({ id: post, label: 'Post', before: { units: open(post).filter((edge) => edge.type === 'IN' && edge.outgoing).map((edge) => edge.other) }, after: { units: [unit] } });
    }
    for (const [village, unit] of movedVillages) {
      open(village).filter((edge) => edge.type === 'UNDER' && edge.outgoing).forEach(close);
      villageUnder.push({ village, unit, from: on, to: null });
    }
    for (const row of villageUnder) {
      const before = open(row.village).filter((edge) => edge.type === 'UNDER' && edge.outgoing).map((edge) => edge.other);
      plan.touched.push({ id: row.village, label: 'Village', before: { under: before.length ? before : undefined }, after: { under: [row.unit] } });
    }

    // Duties given a new set of owners: what is not in the set ends, what is missing starts.
    for (const [duty, wanted] of reassigned) {
      const running = open(duty).filter((edge) => edge.type === 'RESPONSIBLE_FOR' && !edge.outgoing);
      for (const edge of running) if (!wanted.owners.some((owner) => owner.owner === edge.other && owner.role === edge.role)) close(edge);
      for (const owner of wanted.owners) {
        if (!running.some((edge) => edge.other === owner.owner && edge.role === owner.role && !plan.closeEdges.has(edge.edge))) openResponsibility(duty, owner.owner, owner.role);
      }
    }

    // One lead owner per duty touched, unless the input overrides it with a reason.
    const dutyEdges = await tx.findEdges([...touchedDuties].filter((duty) => !edges.has(duty)), ['RESPONSIBLE_FOR']);
    for (const duty of touchedDuties) {
      const running = openOn(edges.get(duty) ?? dutyEdges.get(duty) ?? [], on).filter((edge) => !edge.outgoing && edge.type === 'RESPONSIBLE_FOR' && !plan.closeEdges.has(edge.edge));
      const kept = running.map((edge) => ({ owner: edge.other, role: edge.role ?? 'ASSIST' }));
      const leads = new Set([...kept, ...(opened.get(duty) ?? [])].filter((owner) => owner.role === 'LEAD').map((owner) => owner.owner));
      const override = reassigned.get(duty)?.overrideReason ?? null;
      if (leads.size > 1 && !override) {
        const index = reassign.findIndex((entry) => entry.duty === duty);
        problems.add(index >= 0 ? at('reassignDuties', index, 'owners') : 'input.reassignDuties', `'${duty}' would have ${leads.size} lead owners (${[...leads].join(', ')}) from ${on}; keep one, or give overrideReason`);
      }
      const before = openOn(edges.get(duty) ?? dutyEdges.get(duty) ?? [], on)
        .filter((edge) => !edge.outgoing && edge.type === 'RESPONSIBLE_FOR')
        .map((edge) => ({ owner: edge.other, role: edge.role }));
      plan.touched.push({ id: duty, label: 'Duty', before: { owners: before }, after: { owners: [...kept, ...(opened.get(duty) ?? [])] } });
      for (const owner of opened.get(duty) ?? []) {
        plan.responsibilities.push({ owner: owner.owner, duty, role: owner.role, from: on, to: null, overrideReason: override, recordedAt: new Date().toISOString() });
      }
    }

    // Leaders in charge: each office named gets this leader from the day; its previous one ends.
    const leaderOffices = leaders.map((leader) => leader.office).filter((office) => !newOffices.has(office));
    const officeLeaders = await tx.findEdges(leaderOffices, ['IN_CHARGE_OF']);
    for (const leader of leaders) {
      openOn(officeLeaders.get(leader.office) ?? [], on)
        .filter((edge) => !edge.outgoing)
        .forEach(close);
      inCharge.push({ post: leader.post, office: leader.office, from: on, to: null });
      plan.touched.push({ id: leader.office, label: 'Office', before: null, after: { leaderInCharge: leader.post, from: on } });
    }
    for (const post of createPosts) for (const office of post.inChargeOf ?? []) inCharge.push({ post: post.id, office, from: on, to: null });
    problems.throwIfAny();

    plan.rows = {
      offices: createOffices.map((office) => ({ id: office.id, name: office.name, nameEn: office.nameEn ?? null, aliases: [], kind: office.kind, from: on, to: null })),
      officeTownships: createOffices.map((office) => ({ id: office.id, township: spec.township, from: on, to: null })),
      posts: createPosts.map((post) => ({ id: post.id, name: post.name, nameEn: post.nameEn ?? null, aliases: [], level: post.level, rank: post.rank, singleHolder: post.singleHolder ?? true, from: on, to: null })),
      postDeputies: createPosts.filter((post) => post.deputyOf).map((post) => ({ id: post.id, deputyOf: post.deputyOf ?? null })),
      postUnits: [...createPosts.map((post) => ({ post: post.id, unit: post.unit, from: on, to: null })), ...postUnits],
      postInChargeOf: inCharge,
      villageUnder,
    };
    createOffices.forEach((office) => plan.touched.push({ id: office.id, label: 'Office', before: null, after: { ...office, from: on, township: spec.township } }));
    createPosts.forEach((post) => plan.touched.push({ id: post.id, label: 'Post', before: null, after: { ...post, from: on } }));
    return plan;
  }
}

async function write(tx: MutationTx, plan: Plan): Promise<void> {
  await tx.closeEdges([...plan.closeEdges].map(([edge, to]) => ({ edge, to })));
  await tx.writeDatasetRows({ offices: plan.rows.offices, officeTownships: plan.rows.officeTownships });
  await tx.closeOffices(plan.closeOffices);
  await tx.writeDatasetRows({ posts: plan.rows.posts, postDeputies: plan.rows.postDeputies, postUnits: plan.rows.postUnits, postInChargeOf: plan.rows.postInChargeOf });
  await tx.closePosts(plan.closePosts);
  await tx.createResponsibilities(plan.responsibilities);
  await tx.writeDatasetRows({ villageUnder: plan.rows.villageUnder });
}

function period(node: NodeFacts): string {
  return `it exists from ${String(node.props.from ?? '?')} to ${node.props.to ? String(node.props.to) : 'open'}`;
}

function ignoreBadInput(error: unknown): null {
  if (error instanceof BadUserInputError) return null;
  throw error;
}
