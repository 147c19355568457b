import type { NodeLabel } from '../../src/dataset/labels';
import type { EdgeFacts, NodeFacts } from '../../src/domain/mutation-facts';
import { ProblemList } from '../../src/domain/problems';
import {
  assemblePlan,
  closedEdges,
  dutiesToRead,
  EdgesById,
  flagChanges,
  Intent,
  leaderOfficesToRead,
  lockedIds,
  namedIds,
  planClosures,
  planLeaders,
  planMoves,
  planOwners,
  ReorganizationSpec,
  validate,
} from '../../src/domain/reorganisation';

/** The reorganisation plan as pure functions over loaded facts: no Neo4j, only plain nodes and edges. */

const ON = '2020-01-01';
const T = 'township:t';

function node(id: string, label: NodeLabel, props: Record<string, unknown> = {}, township: string | null = null): NodeFacts {
  return { id, label, props: { from: '2010-01-01', ...props }, township, partOf: [] };
}

let edgeCount = 0;
function edge(type: EdgeFacts['type'], outgoing: boolean, other: string, extra: Partial<EdgeFacts> = {}): EdgeFacts {
  edgeCount += 1;
  return { edge: `e${edgeCount}`, type, outgoing, other, otherLabel: null, from: '2015-01-01', to: null, role: null, acting: false, townConsulted: null, basis: null, exemption: null, recordedAt: null, ...extra };
}

/** A township with two offices (a and b), a post in each, a leader, a village under a and a duty a leads. */
function town(): Map<string, NodeFacts> {
  return new Map(
    [
      node(T, 'Township'),
      node('office:a', 'Office', { kind: 'OFFICE' }, T),
      node('office:b', 'Office', { kind: 'OFFICE' }, T),
      node('office:c', 'Office', { kind: 'OFFICE' }, T),
      node('post:a1', 'Post', { level: 'STAFF' }),
      node('post:b1', 'Post', { level: 'STAFF' }),
      node('post:lead', 'Post', { level: 'LEADERSHIP' }),
      node('post:lead2', 'Post', { level: 'LEADERSHIP' }),
      node('village:v', 'Village'),
      node('duty:d', 'Duty'),
      node('duty:e', 'Duty'),
    ].map((entry) => [entry.id, entry]),
  );
}

function validated(spec: Omit<ReorganizationSpec, 'township' | 'on'>, nodes = town()): { intent: Intent; problems: ProblemList } {
  const problems = new ProblemList();
  const intent = validate({ township: T, on: ON, ...spec }, nodes, problems);
  return { intent, problems };
}

describe('validate', () => {
  it('accepts a sound reorganisation and indexes what it names', () => {
    const { intent, problems } = validated({
      closeOffices: [{ office: 'office:a', mergedInto: ['office:b'] }],
      movePosts: [{ post: 'post:b1', unit: 'office:c' }],
      cutPosts: ['post:a1'],
      reassignDuties: [{ duty: 'duty:d', owners: [{ owner: 'office:b', role: 'LEAD' }] }],
      moveVillages: [{ village: 'village:v', unit: 'office:c' }],
    });
    expect(problems.list).toEqual([]);
    expect([...intent.closing.keys()]).toEqual(['office:a']);
    expect([...intent.cut]).toEqual(['post:a1']);
    expect(intent.movedPosts.get('post:b1')).toBe('office:c');
    expect(intent.movedVillages.get('village:v')).toBe('office:c');
    expect(lockedIds(intent)).toEqual(['office:a', 'post:a1', 'post:b1', 'duty:d', 'village:v']);
  });

  it('reports every problem at once, each at its field', () => {
    const { problems } = validated(
      {
        createOffices: [
          { id: 'office:a', name: 'A again', kind: 'OFFICE' },
          { id: 'office:n', name: 'N', kind: 'OFFICE' },
          { id: 'office:n', name: 'N twice', kind: 'OFFICE' },
        ],
        closeOffices: [{ office: 'office:young', mergedInto: ['office:gone'] }],
        cutPosts: ['post:a1'],
        movePosts: [{ post: 'post:b1', unit: 'post:a1' }],
        reassignDuties: [
          { duty: 'duty:d', owners: [{ owner: 'post:a1', role: 'LEAD' }] },
          { duty: 'duty:d', owners: [{ owner: 'office:b', role: 'LEAD' }, { owner: 'office:b', role: 'LEAD' }] },
        ],
        leadersInCharge: [{ post: 'post:b1', office: 'office:c' }],
      },
      new Map([...town(), ['office:young', node('office:young', 'Office', { from: ON }, T)]]),
    );
    expect(problems.list.map((problem) => problem.field)).toEqual([
      'input.createOffices[0].id',
      'input.createOffices[2].id',
      'input.closeOffices[0].office',
      'input.closeOffices[0].mergedInto[0]',
      'input.movePosts[0].unit',
      'input.reassignDuties[0].owners[0].owner',
      'input.reassignDuties[1].duty',
      'input.reassignDuties[1].owners',
      'input.leadersInCharge[0].post',
    ]);
    expect(problems.list[2]!.message).toBe(`'office:young' does not run until ${ON} (it exists from ${ON} to open)`);
    expect(problems.list[4]!.message).toContain("'post:a1' is a Post");
    expect(problems.list[5]!.message).toBe(`'post:a1' is cut on ${ON} in this reorganisation`);
    expect(problems.list[8]!.message).toBe("only leadership posts are in charge of offices; 'post:b1' is a STAFF post");
  });

  it('names every id the input mentions, to be read first', () => {
    expect(namedIds({ township: T, on: ON, createPosts: [{ id: 'post:n', name: 'N', level: 'STAFF', rank: 'STAFF', unit: 'office:a', deputyOf: 'post:a1', inChargeOf: ['office:b'] }] })).toEqual([T, 'post:n', 'office:a', 'post:a1', 'office:b']);
  });
});

describe('planClosures', () => {
  it('moves what a merged office still has to the office it merges into', () => {
    const { intent } = validated({ closeOffices: [{ office: 'office:a', mergedInto: ['office:b'] }] });
    const inPost = edge('IN', false, 'post:a1', { otherLabel: 'Post' });
    const owns = edge('RESPONSIBLE_FOR', true, 'duty:d', { role: 'LEAD' });
    const village = edge('UNDER', false, 'village:v');
    const leader = edge('IN_CHARGE_OF', false, 'post:lead');
    const ended = edge('IN', false, 'post:old', { otherLabel: 'Post', to: '2016-01-01' });
    const problems = new ProblemList();
    const plan = planClosures(intent, new Map([['office:a', [inPost, owns, village, leader, ended]]]), problems);
    expect(problems.list).toEqual([]);
    expect([...plan.closeEdges.keys()]).toEqual([inPost.edge, owns.edge, village.edge, leader.edge]);
    expect(plan.postUnits).toEqual([{ post: 'post:a1', unit: 'office:b', from: ON, to: null }]);
    expect(plan.villageUnder).toEqual([{ village: 'village:v', unit: 'office:b', from: ON, to: null }]);
    expect(plan.opened.get('duty:d')).toEqual([{ owner: 'office:b', role: 'LEAD' }]);
    expect([...plan.touchedDuties]).toEqual(['duty:d']);
    expect(plan.closeOffices).toEqual([{ id: 'office:a', on: ON, mergedInto: ['office:b'] }]);
    expect(plan.touched).toEqual([{ id: 'office:a', label: 'Office', before: { to: null }, after: { to: ON, mergedInto: ['office:b'] } }]);
  });

  it('asks where things go when an office closes into several offices or none', () => {
    const { intent } = validated({ closeOffices: [{ office: 'office:a', mergedInto: ['office:b', 'office:c'] }] });
    const problems = new ProblemList();
    const plan = planClosures(intent, new Map([['office:a', [edge('IN', false, 'post:a1', { otherLabel: 'Post' }), edge('RESPONSIBLE_FOR', true, 'duty:d', { role: 'LEAD' })]]]), problems);
    expect(plan.closeEdges.size).toBe(0);
    expect(problems.list).toEqual([
      { field: 'input.closeOffices[0].office', message: `post 'post:a1' (movePosts or cutPosts) of 'office:a' runs past ${ON}; with several offices to merge into, say where it goes` },
      { field: 'input.closeOffices[0].office', message: `duty 'duty:d' (reassignDuties) of 'office:a' runs past ${ON}; with several offices to merge into, say where it goes` },
    ]);
  });

  it('ends everything a cut post still has', () => {
    const { intent } = validated({ cutPosts: ['post:a1'] });
    const held = edge('HOLDS', false, 'person:p');
    const owns = edge('RESPONSIBLE_FOR', true, 'duty:e', { role: 'ASSIST' });
    const plan = planClosures(intent, new Map([['post:a1', [held, owns]]]), new ProblemList());
    expect([...plan.closeEdges]).toEqual([
      [held.edge, ON],
      [owns.edge, ON],
    ]);
    expect([...plan.touchedDuties]).toEqual(['duty:e']);
    expect(plan.closePosts).toEqual([{ id: 'post:a1', on: ON }]);
  });
});

describe('planMoves', () => {
  it('ends the unit a moved post or village is in and starts the new one', () => {
    const { intent } = validated({ movePosts: [{ post: 'post:b1', unit: 'office:c' }], moveVillages: [{ village: 'village:v', unit: 'office:c' }] });
    const postIn = edge('IN', true, 'office:b');
    const villageUnder = edge('UNDER', true, 'office:a');
    const edges: EdgesById = new Map([
      ['post:b1', [postIn, edge('HOLDS', false, 'person:p')]],
      ['village:v', [villageUnder]],
    ]);
    const plan = planMoves(intent, edges, { villageUnder: [] });
    expect([...plan.closeEdges.keys()]).toEqual([postIn.edge, villageUnder.edge]);
    expect(plan.postUnits).toEqual([{ post: 'post:b1', unit: 'office:c', from: ON, to: null }]);
    expect(plan.villageUnder).toEqual([{ village: 'village:v', unit: 'office:c', from: ON, to: null }]);
    expect(plan.touched).toEqual([
      { id: 'post:b1', label: 'Post', before: { units: ['office:b'] }, after: { units: ['office:c'] } },
      { id: 'village:v', label: 'Village', before: { under: ['office:a'] }, after: { under: ['office:c'] } },
    ]);
  });

  it('records a village that follows its closing office as touched too', () => {
    const { intent } = validated({});
    const plan = planMoves(intent, new Map(), { villageUnder: [{ village: 'village:w', unit: 'office:b', from: ON, to: null }] });
    expect(plan.closeEdges.size).toBe(0);
    expect(plan.touched).toEqual([{ id: 'village:w', label: 'Village', before: { under: undefined }, after: { under: ['office:b'] } }]);
  });
});

describe('planOwners', () => {
  const RECORDED = '2020-01-01T08:00:00.000Z';

  it('ends owners not in the new set and starts the missing ones', () => {
    const { intent } = validated({ reassignDuties: [{ duty: 'duty:d', owners: [{ owner: 'office:b', role: 'LEAD' }, { owner: 'office:c', role: 'ASSIST' }] }] });
    const oldLead = edge('RESPONSIBLE_FOR', false, 'office:a', { role: 'LEAD' });
    const keptAssist = edge('RESPONSIBLE_FOR', false, 'office:c', { role: 'ASSIST' });
    const edges: EdgesById = new Map([['duty:d', [oldLead, keptAssist]]]);
    const closures = { opened: new Map(), touchedDuties: new Set(['duty:d']) };
    expect(dutiesToRead(closures, edges)).toEqual([]);
    const problems = new ProblemList();
    const plan = planOwners(intent, edges, new Map(), closures, new Map(), RECORDED, problems);
    expect(problems.list).toEqual([]);
    expect([...plan.closeEdges.keys()]).toEqual([oldLead.edge]);
    expect(plan.responsibilities).toEqual([{ owner: 'office:b', duty: 'duty:d', role: 'LEAD', from: ON, to: null, overrideReason: null, recordedAt: RECORDED }]);
    expect(plan.touched).toEqual([
      {
        id: 'duty:d',
        label: 'Duty',
        before: { owners: [{ owner: 'office:a', role: 'LEAD' }, { owner: 'office:c', role: 'ASSIST' }] },
        after: { owners: [{ owner: 'office:c', role: 'ASSIST' }, { owner: 'office:b', role: 'LEAD' }] },
      },
    ]);
  });

  it('refuses a second lead owner without a reason, and takes one with it', () => {
    const lead = edge('RESPONSIBLE_FOR', false, 'office:a', { role: 'LEAD' });
    const dutyEdges: EdgesById = new Map([['duty:e', [lead]]]);
    const closures = { opened: new Map([['duty:e', [{ owner: 'office:b', role: 'LEAD' }]]]), touchedDuties: new Set(['duty:e']) };
    expect(dutiesToRead(closures, new Map())).toEqual(['duty:e']);

    const refused = new ProblemList();
    planOwners(validated({}).intent, new Map(), dutyEdges, closures, new Map(), RECORDED, refused);
    expect(refused.list).toEqual([{ field: 'input.reassignDuties', message: `'duty:e' would have 2 lead owners (office:a, office:b) from ${ON}; keep one, or give overrideReason` }]);

    const withReason = validated({ reassignDuties: [{ duty: 'duty:e', owners: [{ owner: 'office:a', role: 'LEAD' }], overrideReason: 'joint lead by order 7' }] }).intent;
    const allowed = new ProblemList();
    // A reassigned duty is locked, so its owners come with the locked nodes' edges.
    const plan = planOwners(withReason, dutyEdges, new Map(), closures, new Map(), RECORDED, allowed);
    expect(allowed.list).toEqual([]);
    expect(plan.responsibilities.map((row) => [row.owner, row.overrideReason])).toEqual([['office:b', 'joint lead by order 7']]);
  });

  it('does not count an owner an earlier step closes', () => {
    const lead = edge('RESPONSIBLE_FOR', false, 'office:a', { role: 'LEAD' });
    const closures = { opened: new Map([['duty:e', [{ owner: 'office:b', role: 'LEAD' }]]]), touchedDuties: new Set(['duty:e']) };
    const problems = new ProblemList();
    planOwners(validated({}).intent, new Map(), new Map([['duty:e', [lead]]]), closures, new Map([[lead.edge, ON]]), RECORDED, problems);
    expect(problems.list).toEqual([]);
  });
});

describe('planLeaders', () => {
  it("ends an office's previous leader in charge and starts the new one", () => {
    const { intent } = validated({ createOffices: [{ id: 'office:n', name: 'N', kind: 'OFFICE' }], leadersInCharge: [{ post: 'post:lead2', office: 'office:a' }, { post: 'post:lead2', office: 'office:n' }] });
    expect(leaderOfficesToRead(intent)).toEqual(['office:a']);
    const previous = edge('IN_CHARGE_OF', false, 'post:lead');
    const plan = planLeaders(intent, new Map([['office:a', [previous]]]));
    expect([...plan.closeEdges.keys()]).toEqual([previous.edge]);
    expect(plan.inCharge).toEqual([
      { post: 'post:lead2', office: 'office:a', from: ON, to: null },
      { post: 'post:lead2', office: 'office:n', from: ON, to: null },
    ]);
    expect(plan.touched[0]).toEqual({ id: 'office:a', label: 'Office', before: null, after: { leaderInCharge: 'post:lead2', from: ON } });
  });
});

describe('assemblePlan', () => {
  it('puts the steps together: new rows first, the edges to close in step order, every entity touched', () => {
    const { intent, problems } = validated({
      createOffices: [{ id: 'office:n', name: 'N', kind: 'OFFICE' }],
      createPosts: [{ id: 'post:n', name: 'PN', level: 'LEADERSHIP', rank: 'PRINCIPAL', unit: 'office:n', inChargeOf: ['office:n'] }],
      closeOffices: [{ office: 'office:a', mergedInto: ['office:n'] }],
    });
    expect(problems.list).toEqual([]);
    const inPost = edge('IN', false, 'post:a1', { otherLabel: 'Post' });
    const edges: EdgesById = new Map([['office:a', [inPost]]]);
    const closures = planClosures(intent, edges, problems);
    const moves = planMoves(intent, edges, closures);
    const owners = planOwners(intent, edges, new Map(), closures, closedEdges(closures, moves), 'now', problems);
    const plan = assemblePlan(intent, closures, moves, owners, planLeaders(intent, new Map()));
    expect([...plan.closeEdges]).toEqual([[inPost.edge, ON]]);
    expect(plan.rows.offices).toEqual([{ id: 'office:n', name: 'N', nameEn: null, aliases: [], kind: 'OFFICE', from: ON, to: null }]);
    expect(plan.rows.officeTownships).toEqual([{ id: 'office:n', township: T, from: ON, to: null }]);
    expect(plan.rows.postUnits).toEqual([
      { post: 'post:n', unit: 'office:n', from: ON, to: null },
      { post: 'post:a1', unit: 'office:n', from: ON, to: null },
    ]);
    expect(plan.rows.postInChargeOf).toEqual([{ post: 'post:n', office: 'office:n', from: ON, to: null }]);
    expect(plan.closeOffices).toEqual([{ id: 'office:a', on: ON, mergedInto: ['office:n'] }]);
    expect(plan.touched.map((entity) => `${entity.label} ${entity.id}`)).toEqual(['Office office:a', 'Office office:n', 'Post post:n']);
  });
});

describe('flagChanges', () => {
  it('lists the flags that appear and disappear between two audits, sorted', () => {
    const before = [{ duty: { id: 'duty:d' }, flags: ['VACANT' as const, 'OVERLAP' as const] }];
    const after = [
      { duty: { id: 'duty:d' }, flags: ['VACANT' as const] },
      { duty: { id: 'duty:c' }, flags: ['BLANK' as const] },
    ];
    expect(flagChanges(before, after)).toEqual({ created: [{ dutyId: 'duty:c', flag: 'BLANK' }], removed: [{ dutyId: 'duty:d', flag: 'OVERLAP' }] });
    expect(flagChanges(null, before).created).toEqual([
      { dutyId: 'duty:d', flag: 'OVERLAP' },
      { dutyId: 'duty:d', flag: 'VACANT' },
    ]);
    expect(flagChanges(before, before)).toEqual({ created: [], removed: [] });
  });
});
