import type { Neo4jExecutor } from '../db/executor';
import { resolveAsOf } from '../domain/period';
import type { Logger } from '../logger';
import { noParts } from '../domain/model';
import { NodeRepository } from '../repositories/node.repository';
import { WARM_UP_TIMEOUT_MS } from './search-readiness';

/**
 * Has Neo4j plan the node lookup (entities/find-nodes) before /ready. Every field a reference is
 * asked beyond its own properties runs it, and planning its 30 kB text took about 5 s, which the
 * first such request would otherwise wait for (measured: 4.9 s on the first answer asking a duty's
 * owners after start). Its ids and parts travel in one map, so this one plan serves every lookup.
 */
export async function warmNodeLookup(executor: Neo4jExecutor, logger: Logger): Promise<void> {
  const started = Date.now();
  await new NodeRepository(executor.withTimeout(WARM_UP_TIMEOUT_MS)).find({ ids: [], asOf: resolveAsOf(null), include: noParts(), identity: true });
  logger.info({ ms: Date.now() - started }, 'node lookup planned');
}
