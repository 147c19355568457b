import { CypherCatalog } from '../db/cypher-catalog';
import { NODE_LABELS } from '../domain/model';

/**
 * The statement catalog as the service uses it: cypher/queries with the fragments expanded, and the
 * fragments that repeat per label (`// @each-label`, e.g. cypher/fragments/node-by-id.cypher) written
 * out for each label of the model, in the model's order. The paths default to the project's.
 */
export function loadCatalog(root?: string, fragmentsDir?: string): CypherCatalog {
  return CypherCatalog.load(root, fragmentsDir, { labels: NODE_LABELS });
}
