import type { Neo4jExecutor } from '../db/executor';
import type { InputProblem } from '../errors';
import { DatasetRepository } from '../repositories/dataset.repository';
import { SystemRepository } from '../repositories/system.repository';
import { ResponsibilityRepository } from '../repositories/responsibility.repository';
import { DutyAuditRepository } from '../repositories/duty-audit.repository';
import { ResponsibilityService } from './responsibility.service';
import { DutyAuditService } from './duty-audit.service';
import { IntegrityRiskService } from './integrity-risk.service';
import { SystemService } from './system.service';
import { StationPartyRepository } from '../repositories/station-party.repository';
import { TownshipStatsRepository } from '../repositories/township-stats.repository';
import { ChangesRepository } from '../repositories/changes.repository';
import { StationPartyService } from './station-party.service';
import { TownshipStatsService } from './township-stats.service';
import { ChangesService } from './changes.service';
import { MutationRepository } from '../repositories/mutation.repository';
import { EntityMutationService } from './entity-mutation.service';
import { EdgeMutationService } from './edge-mutation.service';
import { ReorganizeService } from './reorganize.service';
import { AuditTrailService } from './audit-trail.service';
import { ListUploadService } from './list-upload.service';
import { EntityRepository } from '../repositories/entity.repository';
import { NodeRepository } from '../repositories/node.repository';
import { EntityService } from './entities/entity.service';
import type { IdempotencyScope } from '../idempotency';
import { DutyMeaningRepository } from '../repositories/duty-meaning.repository';

/** The services of one request, each over repositories bound to that request's executor. */
export interface Services {
  system: SystemService;
  responsibility: ResponsibilityService;
  dutyAudit: DutyAuditService;
  integrityRisks: IntegrityRiskService;
  stationParty: StationPartyService;
  townshipStats: TownshipStatsService;
  changes: ChangesService;
  entityMutations: EntityMutationService;
  edgeMutations: EdgeMutationService;
  reorganize: ReorganizeService;
  auditTrail: AuditTrailService;
  listUploads: ListUploadService;
  entities: EntityService;
}

/** `inputProblems`: the request's format problems of mutation arguments (while there are any, mutations do not commit); `idempotency`: its Idempotency-Key. */
export function createServices(executor: Neo4jExecutor, inputProblems: readonly InputProblem[] = [], idempotency?: IdempotencyScope): Services {
  const dutyAudit = new DutyAuditService(new DutyAuditRepository(executor));
  return {
    system: new SystemService(new SystemRepository(executor)),
    responsibility: new ResponsibilityService(new ResponsibilityRepository(executor)),
    dutyAudit,
    integrityRisks: new IntegrityRiskService(new DutyAuditRepository(executor)),
    stationParty: new StationPartyService(new StationPartyRepository(executor)),
    // Counts its own statement and the duty audit's flag counts together (two round trips, concurrent).
    townshipStats: new TownshipStatsService(new TownshipStatsRepository(executor), dutyAudit),
    changes: new ChangesService(new ChangesRepository(executor)),
    ...mutationServices(executor, inputProblems, idempotency),
    entities: new EntityService(new EntityRepository(executor), new NodeRepository(executor)),
  };
}

/** Every Cypher file the repositories use; checked at start so a missing file fails fast. */
export const REQUIRED_QUERIES: readonly string[] = [...SystemRepository.queries, ...DatasetRepository.queries, ...ResponsibilityRepository.queries, ...DutyAuditRepository.queries, ...StationPartyRepository.queries, ...TownshipStatsRepository.queries, ...ChangesRepository.queries, ...MutationRepository.queries, ...EntityRepository.queries, ...NodeRepository.queries, ...DutyMeaningRepository.queries];

/** The mutations and their audit trail; a reorganisation reads its own uncommitted writes through the `changes` and audit repositories. */
function mutationServices(executor: Neo4jExecutor, inputProblems: readonly InputProblem[], idempotency?: IdempotencyScope): Pick<Services, 'entityMutations' | 'edgeMutations' | 'reorganize' | 'auditTrail' | 'listUploads'> {
  const mutations = new MutationRepository(executor, inputProblems, idempotency);
  return {
    entityMutations: new EntityMutationService(mutations),
    edgeMutations: new EdgeMutationService(mutations),
    reorganize: new ReorganizeService(mutations, {
      changes: (view, from, to, township) => new ChangesService(new ChangesRepository(view)).changes(from, to, township),
      audit: (view, asOf, township) => new DutyAuditService(new DutyAuditRepository(view)).dutyAudit(asOf, township),
    }),
    auditTrail: new AuditTrailService(mutations),
    listUploads: new ListUploadService(mutations),
  };
}
