import type { Viewer } from '../auth/roles';
import { BadUserInputError } from '../errors';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import type { StatementRunner } from '../db/executor';
import type { ChangeSetView } from './changes.service';
import type { DutyAuditView } from './duty-audit.service';
import type { AuditRecordView } from '../domain/audit-record';
import { dayBefore } from '../domain/period';
import {
  assemblePlan,
  closedEdges,
  FlagChange,
  flagChanges,
  dutiesToRead,
  leaderOfficesToRead,
  LOCKED_EDGE_TYPES,
  lockedIds,
  namedIds,
  Plan,
  planClosures,
  planLeaders,
  planMoves,
  planOwners,
  ReorganizationSpec,
  validate,
} from '../domain/reorganisation';
import { recordAudit } from './audit-trail.service';
import { Problems } from './problems';

export type { DutyOwnersSpec, NewOfficeSpec, NewPostSpec, OfficeClosureSpec, ReorganizationSpec } from '../domain/reorganisation';

export interface ReorganizationView {
  applied: boolean;
  change: AuditRecordView | null;
  changes: ChangeSetView | null;
  flagsCreated: FlagChange[];
  flagsRemoved: FlagChange[];
}

/** Readers of what a transaction has written so far (the `changes` query and the duty audit, bound to it). */
export interface ReorganizationReaders {
  changes(view: StatementRunner, from: string, to: string, township: string): Promise<ChangeSetView>;
  audit(view: StatementRunner, asOf: string, township: string): Promise<DutyAuditView>;
}

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
      const flags = flagChanges(auditBefore?.findings ?? null, auditAfter?.findings ?? null);
      const change = dryRun ? null : await recordAudit(tx, viewer, 'reorganize', spec, plan.touched);
      return {
        applied: !dryRun,
        change,
        changes,
        flagsCreated: flags.created,
        flagsRemoved: flags.removed,
      };
    };
    return dryRun ? this.repository.dryRun('reorganize', work) : this.repository.write('reorganize', work);
  }

  /** Loads the facts each step needs, in one transaction, and plans with the pure steps of domain/reorganisation. */
  private async plan(tx: MutationTx, spec: ReorganizationSpec): Promise<Plan> {
    const problems = new Problems();
    const intent = validate(spec, await tx.findNodes(namedIds(spec)), problems);
    problems.throwIfAny();
    const locked = lockedIds(intent);
    await tx.lock(locked);
    const edges = await tx.findEdges(locked, LOCKED_EDGE_TYPES);
    const closures = planClosures(intent, edges, problems);
    const moves = planMoves(intent, edges, closures);
    const dutyEdges = await tx.findEdges(dutiesToRead(closures, edges), ['RESPONSIBLE_FOR']);
    const owners = planOwners(intent, edges, dutyEdges, closures, closedEdges(closures, moves), new Date().toISOString(), problems);
    const leaders = planLeaders(intent, await tx.findEdges(leaderOfficesToRead(intent), ['IN_CHARGE_OF']));
    problems.throwIfAny();
    return assemblePlan(intent, closures, moves, owners, leaders);
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

function ignoreBadInput(error: unknown): null {
  if (error instanceof BadUserInputError) return null;
  throw error;
}
