import type { Viewer } from '../auth/roles';
import { ConflictError, NotFoundError } from '../errors';
import { NODE_LABELS } from '../dataset/labels';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import type { EdgeFacts, NodeFacts } from '../domain/mutation-facts';
import { AuditRecordView, edgeValue } from '../domain/audit-record';
import { expectExistsOn, expectLabel } from '../domain/mutation-rules';
import { periodsOverlap, validOn } from '../domain/period';
import { Problems } from './problems';
import { recordAudit } from './audit-trail.service';

export interface AppointInput {
  person: string;
  post: string;
  from: string;
  acting: boolean;
  townConsulted?: boolean | null;
}

export interface AssignDutyInput {
  owner: string;
  duty: string;
  role: 'LEAD' | 'ASSIST';
  from: string;
  overrideReason?: string | null;
}

/**
 * The dated edges of the graph, changed the way history is kept: a change closes the edge that ran
 * until its day (`to`) and opens a new one (`from`). Each mutation is one transaction that locks what
 * it checks, checks every rule (all problems at once), writes, and records its :Change.
 */
export class EdgeMutationService {
  constructor(private readonly repository: MutationRepository) {}

  /** Person HOLDS Post from a day. Locks the post first, so two appointments to one single-holder post cannot both pass. */
  appoint(input: AppointInput, viewer: Viewer): Promise<AuditRecordView> {
    const startedAt = new Date().toISOString();
    return this.repository.write('appoint', async (tx) => {
      await tx.lock([input.post]);
      const nodes = await tx.findNodes([input.person, input.post]);
      const problems = new Problems();
      expectLabel(problems, nodes, 'person', input.person, ['Person']);
      const post = expectLabel(problems, nodes, 'post', input.post, ['Post']);
      expectExistsOn(problems, 'from', post, input.from);
      if (post && input.townConsulted !== undefined && input.townConsulted !== null && post.props.level !== 'STATION_HEAD') {
        problems.add('townConsulted', `applies to station-head posts only; '${input.post}' is a ${String(post.props.level)} post`);
      }
      let concurrent = false;
      if (post) {
        const holdings = ((await tx.findEdges([input.post], ['HOLDS'])).get(input.post) ?? []).filter((edge) => !edge.outgoing);
        const proposed = { from: input.from, to: null };
        for (const holding of holdings.filter((edge) => periodsOverlap(edge, proposed))) {
          if (holding.other === input.person) {
            problems.add('from', `overlaps the appointment of '${input.person}' to '${input.post}' from ${holding.from} to ${holding.to ?? 'open'}; end it first`);
          } else if (post.props.singleHolder !== false && !input.acting && !holding.acting) {
            problems.add('post', `'${input.post}' has a single holder, but '${holding.other}' holds it substantively from ${holding.from} to ${holding.to ?? 'open'}; end that appointment or appoint as acting`);
            // Written after this request started: a concurrent appointment won the race.
            if (holding.recordedAt !== null && holding.recordedAt >= startedAt) concurrent = true;
          }
        }
      }
      if (concurrent) throw new ConflictError(`'${input.post}' was filled by a concurrent appointment while this one was being made; reload and retry.`, { field: 'post' });
      problems.throwIfAny();
      const townConsulted = input.townConsulted ?? null;
      await tx.createHolds([{ person: input.person, post: input.post, from: input.from, to: null, acting: input.acting, townConsulted, recordedAt: new Date().toISOString() }]);
      return recordAudit(tx, viewer, 'appoint', input, [
        { id: input.person, label: 'Person', before: null, after: { holds: { post: input.post, from: input.from, acting: input.acting, townConsulted } } },
        { id: input.post, label: 'Post', before: null, after: { heldBy: input.person, from: input.from, acting: input.acting } },
      ]);
    });
  }

  /** Ends the appointment of a person to a post that runs on the day: its `to` becomes that day. */
  endAppointment(person: string, post: string, on: string, viewer: Viewer): Promise<AuditRecordView> {
    const args = { person, post, on };
    return this.repository.write('endAppointment', async (tx) => {
      await tx.lock([post]);
      const { edges } = await this.edgesBetween(tx, { person: [person, ['Person']], post: [post, ['Post']] }, person, 'HOLDS', post);
      const problems = new Problems();
      const running = edges.find((edge) => edge.from < on && (edge.to === null || edge.to > on));
      if (!running) problems.add('on', `'${person}' holds no appointment to '${post}' that began before ${on} and runs on it`);
      problems.throwIfAny();
      await tx.closeEdges([{ edge: running!.edge, to: on }]);
      return recordAudit(tx, viewer, 'endAppointment', args, [{ id: person, label: 'Person', before: { holds: edgeValue(running!) }, after: { holds: edgeValue(running!, { to: on }) } }]);
    });
  }

  /** Office | Post RESPONSIBLE_FOR Duty from a day. A second lead owner needs an override with a reason. */
  assignDuty(input: AssignDutyInput, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('assignDuty', async (tx) => {
      await tx.lock([input.duty]);
      const nodes = await tx.findNodes([input.owner, input.duty]);
      const problems = new Problems();
      const owner = expectLabel(problems, nodes, 'owner', input.owner, ['Office', 'Post']);
      const duty = expectLabel(problems, nodes, 'duty', input.duty, ['Duty']);
      expectExistsOn(problems, 'from', owner, input.from);
      if (duty) {
        const owners = ((await tx.findEdges([input.duty], ['RESPONSIBLE_FOR'])).get(input.duty) ?? []).filter((edge) => !edge.outgoing);
        const proposed = { from: input.from, to: null };
        for (const edge of owners.filter((other) => periodsOverlap(other, proposed))) {
          if (edge.other === input.owner && edge.role === input.role) {
            problems.add('owner', `'${input.owner}' is already ${input.role} owner of '${input.duty}' from ${edge.from} to ${edge.to ?? 'open'}`);
          } else if (input.role === 'LEAD' && edge.role === 'LEAD' && edge.other !== input.owner && !input.overrideReason) {
            problems.add('role', `'${input.duty}' is already led by '${edge.other}' from ${edge.from} to ${edge.to ?? 'open'}; a second lead owner makes an OVERLAP: unassign it first, or pass override { reason }`);
          }
        }
      }
      problems.throwIfAny();
      await tx.createResponsibilities([{ ...input, to: null, overrideReason: input.overrideReason ?? null, recordedAt: new Date().toISOString() }]);
      return recordAudit(tx, viewer, 'assignDuty', input, [
        { id: input.duty, label: 'Duty', before: null, after: { owner: input.owner, role: input.role, from: input.from, overrideReason: input.overrideReason ?? undefined } },
      ]);
    });
  }

  /** Ends every responsibility of the owner for the duty running on the day. */
  unassignDuty(owner: string, duty: string, on: string, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('unassignDuty', async (tx) => {
      await tx.lock([duty]);
      const { edges } = await this.edgesBetween(tx, { owner: [owner, ['Office', 'Post']], duty: [duty, ['Duty']] }, owner, 'RESPONSIBLE_FOR', duty);
      const running = edges.filter((edge) => edge.from < on && (edge.to === null || edge.to > on));
      const problems = new Problems();
      if (running.length === 0) problems.add('on', `'${owner}' has no responsibility for '${duty}' that began before ${on} and runs on it`);
      problems.throwIfAny();
      await tx.closeEdges(running.map((edge) => ({ edge: edge.edge, to: on })));
      return recordAudit(
        tx,
        viewer,
        'unassignDuty',
        { owner, duty, on },
        running.map((edge) => ({ id: duty, label: 'Duty', before: { owner, ...edgeValue(edge) }, after: { owner, ...edgeValue(edge, { to: on }) } })),
      );
    });
  }

  /** A leadership post IN_CHARGE_OF an office from a day; the office's previous leader in charge is closed on that day. */
  setLeaderInCharge(office: string, post: string, from: string, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('setLeaderInCharge', async (tx) => {
      await tx.lock([office]);
      const nodes = await tx.findNodes([office, post]);
      const problems = new Problems();
      const officeNode = expectLabel(problems, nodes, 'office', office, ['Office']);
      const postNode = expectLabel(problems, nodes, 'post', post, ['Post']);
      expectExistsOn(problems, 'from', officeNode, from);
      expectExistsOn(problems, 'from', postNode, from);
      if (postNode && postNode.props.level !== 'LEADERSHIP') problems.add('post', `only leadership posts are in charge of offices; '${post}' is a ${String(postNode.props.level)} post`);
      const leaders = officeNode ? ((await tx.findEdges([office], ['IN_CHARGE_OF'])).get(office) ?? []).filter((edge) => !edge.outgoing) : [];
      const later = leaders.filter((edge) => edge.from >= from);
      if (later.length > 0) problems.add('from', `'${office}' already has a leader in charge from ${later[0]!.from} ('${later[0]!.other}'); a change cannot start before a recorded one`);
      const previous = leaders.filter((edge) => edge.from < from && (edge.to === null || edge.to > from));
      if (previous.some((edge) => edge.other === post)) problems.add('post', `'${post}' is already in charge of '${office}' on ${from}`);
      problems.throwIfAny();
      await tx.closeEdges(previous.map((edge) => ({ edge: edge.edge, to: from })));
      await tx.writeDatasetRows({ postInChargeOf: [{ post, office, from, to: null }] });
      return recordAudit(tx, viewer, 'setLeaderInCharge', { office, post, from }, [
        { id: office, label: 'Office', before: { leadersInCharge: previous.map((edge) => edgeValue(edge)) }, after: { leadersInCharge: [{ other: post, from }] } },
      ]);
    });
  }

  /** Village UNDER another unit (the township or an office) from a day. */
  moveVillage(village: string, unit: string, on: string, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('moveVillage', async (tx) => {
      await tx.lock([village]);
      const nodes = await tx.findNodes([village, unit]);
      const problems = new Problems();
      const villageNode = expectLabel(problems, nodes, 'village', village, ['Village']);
      const unitNode = expectLabel(problems, nodes, 'unit', unit, ['Township', 'Office']);
      expectExistsOn(problems, 'unit', unitNode, on);
      const under = villageNode ? ((await tx.findEdges([village], ['UNDER'])).get(village) ?? []).filter((edge) => edge.outgoing) : [];
      const current = under.filter((edge) => edge.from < on && (edge.to === null || edge.to > on));
      if (under.some((edge) => edge.from >= on)) problems.add('on', `'${village}' already moves on or after ${on}; a change cannot start before a recorded one`);
      if (current.some((edge) => edge.other === unit)) problems.add('unit', `'${village}' is already under '${unit}' on ${on}`);
      problems.throwIfAny();
      await tx.closeEdges(current.map((edge) => ({ edge: edge.edge, to: on })));
      await tx.writeDatasetRows({ villageUnder: [{ village, unit, from: on, to: null }] });
      return recordAudit(tx, viewer, 'moveVillage', { village, unit, on }, [
        { id: village, label: 'Village', before: { under: current.map((edge) => edgeValue(edge)) }, after: { under: [{ other: unit, from: on }] } },
      ]);
    });
  }

  /** Station PARTY_RELATION another organisation from a day, with its basis (and exemption, outside the town committee). */
  moveStationPartyRelation(station: string, organization: string, on: string, basis: string, exemption: string | null, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('moveStationPartyRelation', async (tx) => {
      await tx.lock([station]);
      const nodes = await tx.findNodes([station, organization]);
      const problems = new Problems();
      const stationNode = expectLabel(problems, nodes, 'station', station, ['Station']);
      const organizationNode = expectLabel(problems, nodes, 'organization', organization, ['PartyOrganization']);
      if (exemption && organizationNode?.props.kind === 'TOWN_COMMITTEE') {
        problems.add('exemption', `an exemption is recorded only for relations outside the town party committee; '${organization}' is the town committee`);
      }
      const relations = stationNode ? ((await tx.findEdges([station], ['PARTY_RELATION'])).get(station) ?? []).filter((edge) => edge.outgoing) : [];
      const current = relations.filter((edge) => edge.from < on && (edge.to === null || edge.to > on));
      if (relations.some((edge) => edge.from >= on)) problems.add('on', `'${station}' already has a party relation from ${on} or later; a change cannot start before a recorded one`);
      if (current.some((edge) => edge.other === organization)) problems.add('organization', `'${station}' already sits under '${organization}' on ${on}`);
      problems.throwIfAny();
      await tx.closeEdges(current.map((edge) => ({ edge: edge.edge, to: on })));
      await tx.writeDatasetRows({ partyRelations: [{ station, organization, basis, exemption, from: on, to: null }] });
      return recordAudit(tx, viewer, 'moveStationPartyRelation', { station, organization, on, basis, exemption }, [
        { id: station, label: 'Station', before: { partyRelations: current.map((edge) => edgeValue(edge)) }, after: { partyRelations: [{ other: organization, from: on, basis, exemption }] } },
      ]);
    });
  }

  /** Whether the town was consulted before a station-head appointment (the HOLDS edge from that day). */
  recordStationHeadConsultation(person: string, post: string, from: string, townConsulted: boolean, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('recordStationHeadConsultation', async (tx) => {
      const { nodes, edges } = await this.edgesBetween(tx, { person: [person, ['Person']], post: [post, ['Post']] }, person, 'HOLDS', post);
      const problems = new Problems();
      const postNode = nodes.get(post);
      if (postNode && postNode.props.level !== 'STATION_HEAD') problems.add('post', `applies to station-head posts only; '${post}' is a ${String(postNode.props.level)} post`);
      const holding = edges.find((edge) => edge.from === from);
      if (!holding) problems.add('from', `'${person}' has no appointment to '${post}' from ${from}`);
      problems.throwIfAny();
      await tx.setTownConsulted(person, post, from, townConsulted);
      return recordAudit(tx, viewer, 'recordStationHeadConsultation', { person, post, from, townConsulted }, [
        { id: person, label: 'Person', before: { holds: edgeValue(holding!) }, after: { holds: edgeValue(holding!, { townConsulted }) } },
      ]);
    });
  }

  /** Hard delete of a record entered by mistake; the only mutation that removes anything, and itself recorded. */
  deleteRecordEnteredByMistake(id: string, reason: string, viewer: Viewer): Promise<AuditRecordView> {
    return this.repository.write('deleteRecordEnteredByMistake', async (tx) => {
      const node = (await tx.findNodes([id])).get(id);
      if (!node) throw new NotFoundError(NODE_LABELS.join(' or '), id);
      const deleted = await tx.deleteNode(id);
      return recordAudit(tx, viewer, 'deleteRecordEnteredByMistake', { id, reason }, [{ id, label: node.label, before: deleted, after: null }]);
    });
  }

  /** Checks both ends (every problem at once) and returns the dated edges of one type from `fromId` to `toId`. */
  private async edgesBetween(
    tx: MutationTx,
    ends: Record<string, [string, ('Person' | 'Post' | 'Office' | 'Duty')[]]>,
    fromId: string,
    type: 'HOLDS' | 'RESPONSIBLE_FOR',
    toId: string,
  ): Promise<{ nodes: Map<string, NodeFacts>; edges: EdgeFacts[] }> {
    const nodes = await tx.findNodes(Object.values(ends).map(([id]) => id));
    const problems = new Problems();
    for (const [field, [id, labels]] of Object.entries(ends)) expectLabel(problems, nodes, field, id, labels);
    problems.throwIfAny();
    const edges = ((await tx.findEdges([fromId], [type])).get(fromId) ?? []).filter((edge) => edge.outgoing && edge.other === toId);
    return { nodes, edges };
  }
}
