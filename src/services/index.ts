import type { Neo4jExecutor } from '../db/executor';
import { SystemRepository } from '../repositories/system.repository';
import { SystemService } from './system.service';

/** The services of one request, each over repositories bound to that request's executor. */
export interface Services {
  system: SystemService;
}

export function createServices(executor: Neo4jExecutor): Services {
  return {
    system: new SystemService(new SystemRepository(executor)),
  };
}

/** Every Cypher file the repositories use; checked at start so a missing file fails fast. */
export const REQUIRED_QUERIES: readonly string[] = [...SystemRepository.queries];
