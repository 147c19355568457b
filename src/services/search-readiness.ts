import type { Neo4jExecutor } from '../db/executor';
import type { Logger } from '../logger';
import { sharedEmbedders } from '../embedding/embedders';
import { EMBEDDING_MODELS } from '../embedding/embedding-models';
import { DutyMeaningRepository } from '../repositories/duty-meaning.repository';
import { ResponsibilityRepository } from '../repositories/responsibility.repository';
import { warmSearchTerms } from '../search/search-terms';
import { backfillDutyMeanings } from './duty-meaning-backfill';
import { ResponsibilityService } from './responsibility.service';
import { NotFoundError } from '../errors';

/** Duties of the graph without meanings of the current models get them (the data half of migration 0007). */
export async function backfillSearch(executor: Neo4jExecutor, logger: Logger): Promise<void> {
  const report = await backfillDutyMeanings(new DutyMeaningRepository(executor));
  if (report.duties > 0) logger.info(report, 'duty meanings backfilled');
}

/**
 * Warm-up statements may wait for Neo4j to plan the search statement, which alone can take longer than
 * a request may (NEO4J_TX_TIMEOUT_MS) on a loaded machine.
 */
export const WARM_UP_TIMEOUT_MS = 120_000;

/** A township id no graph has: asking about it runs the whole statement, then answers NOT_FOUND. */
const NO_TOWNSHIP = 'township:warm-up';

/**
 * Loads both models, the segmenter and the conversion tables, and asks a question in each
 * language, about every township and about one, through the whole search statement, so the vector
 * and full-text indexes are opened and Neo4j has planned the statement for each kind of parameters
 * (its plan cache keys on their types: a null township is planned apart): the first real question
 * is as fast as the hundredth. Planning it took 10–20 s on the loaded 2-core machine. Run before /ready.
 */
export async function warmSearch(executor: Neo4jExecutor, logger: Logger): Promise<void> {
  const started = Date.now();
  await sharedEmbedders();
  warmSearchTerms();
  const service = new ResponsibilityService(new ResponsibilityRepository(executor.withTimeout(WARM_UP_TIMEOUT_MS)));
  for (const query of ['村里修路找谁', 'who handles road repairs']) {
    // A graph without duties has nothing to search yet (a fresh store): no plan is worth waiting for.
    if ((await service.rank({ query, first: 1 })).length === 0) break;
    await service.rank({ query, first: 1, township: NO_TOWNSHIP }).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
    });
  }
  logger.info({ ms: Date.now() - started, models: Object.values(EMBEDDING_MODELS).map((model) => model.artifact) }, 'duty search warmed up');
}
