import { NotFoundError } from '../../errors';
import { DEFAULT_ENTITY_QUERY, ENTITY_LABELS, EntityKind, EntityQuery, EntityRepository } from '../../repositories/entity.repository';
import type { EntityItem } from '../../repositories/rows/entities.rows';
import { firstPage, type PageRequest, type Paged } from '../../domain/page';
import { assertWithinData } from '../as-of';
import type { FoundNode, NodeQuery, NodeRepository } from '../../repositories/node.repository';
import { resolveAsOf } from '../../domain/period';

/** The list filters a caller may set; each entity's statement reads the ones its label has. */
export type EntityFilter = Partial<Pick<EntityQuery, 'township' | 'text' | 'sort' | 'descending' | 'kind' | 'level' | 'rank' | 'category' | 'leadStatus' | 'includeClosed' | 'throughPartyRelations'>>;


/**
 * Lookups and lists of every entity "as of" a day. The rules: the day defaults to today and may not
 * precede the data (BAD_USER_INPUT on asOf); an unknown id or township is NOT_FOUND. The shapes are the
 * statements' (cypher/queries/entities), decoded at the repository into the shape of each GraphQL type.
 */
/** Entities by id, of any label: those found, and the ids of those the caller may not learn. */
export interface NodeLookup {
  found: ReadonlyMap<string, FoundNode>;
  refused: ReadonlySet<string>;
}

export class EntityService {
  constructor(
    private readonly repository: EntityRepository,
    private readonly nodeRepository: NodeRepository,
  ) {}

  /**
   * Entities of any label by id (`node`, `nodes`), in one statement, each as its own lookup shows it.
   * An unknown id is simply not found (the caller answers null); people are refused without `identity`.
   */
  async nodes(ids: readonly string[], asOfArg: string | null | undefined, include: NodeQuery['include'], identity: boolean): Promise<NodeLookup> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.nodeRepository.find({ ids, asOf, include, identity });
    assertWithinData(asOf, rows.dataFrom);
    return { found: new Map(rows.found.map((node) => [node.item.id, node])), refused: new Set(rows.refusedPeople) };
  }

  /** `include`: the parts the caller reads (null: all), for statements that compute parts on demand. */
  async get<K extends EntityKind>(kind: K, id: string, asOfArg?: string | null, include: readonly string[] | null = null): Promise<EntityItem<K>> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.repository.find(kind, { ...DEFAULT_ENTITY_QUERY, id, asOf, page: firstPage(1), include });
    const [item] = rows.items;
    if (!item) throw new NotFoundError(ENTITY_LABELS[kind], id);
    assertWithinData(asOf, rows.dataFrom);
    return item;
  }

  async list<K extends EntityKind>(
    kind: K,
    filter: EntityFilter,
    asOfArg: string | null | undefined,
    page: PageRequest,
    include: readonly string[] | null = null,
  ): Promise<Paged<EntityItem<K>>> {
    const asOf = resolveAsOf(asOfArg);
    const query: EntityQuery = { ...DEFAULT_ENTITY_QUERY, ...withoutUndefined(filter), id: null, asOf, page, include };
    const rows = await this.repository.find(kind, query);
    if (query.township && !rows.townshipFound) throw new NotFoundError('Township', query.township, 'township');
    assertWithinData(asOf, rows.dataFrom);
    const { items, positions, totalCount, hasPreviousPage, hasNextPage } = rows;
    return { items, positions, totalCount, hasPreviousPage, hasNextPage };
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
