import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { EntityKind, MODEL, ModelOf, NodeLabel } from '../domain/model';
import { firstPage, type PageRequest, type Position } from '../domain/page';
import { pageParameter } from './page';
import { EntityItem, entityPageRow } from './rows/entities.rows';

/** The entities that have a lookup by id and a list: one root field pair each, one Cypher file each (from the model). */
export const ENTITY_KINDS: readonly EntityKind[] = MODEL.map((entry) => entry.kind);
export type { EntityKind };

/** The node label of each entity (for NOT_FOUND messages). */
export const ENTITY_LABELS: Readonly<Record<EntityKind, NodeLabel>> = Object.fromEntries(MODEL.map((entry) => [entry.kind, entry.label])) as Record<EntityKind, NodeLabel>;

/** The statement of each entity: `x(id)` and `xs(...)` both run it, so each root field is one round trip. */
const STATEMENTS: Readonly<Record<EntityKind, string>> = Object.fromEntries(MODEL.map((entry) => [entry.kind, entry.statements.find])) as Record<EntityKind, string>;

/** What a find statement is asked. Filters that a label does not have are simply not read by its statement. */
export interface EntityQuery {
  /** One entity by id (the list filters are then ignored), or null for a list. */
  id: string | null;
  asOf: string;
  township: string | null;
  text: string | null;
  /** A value of the entity's sort enum (the statement maps it to a property; unknown values sort by id). */
  sort: string;
  descending: boolean;
  /** The page (a lookup by id asks for the first 1). */
  page: PageRequest;
  kind: string | null;
  level: string | null;
  rank: string | null;
  category: string | null;
  leadStatus: string | null;
  includeClosed: boolean;
  /**
   * Party organisations in a township: also those holding the party relation of a station there. Only
   * for callers who may learn party relations; for others that membership would reveal the relation.
   */
  throughPartyRelations: boolean;
  /** The parts of each entity to compute (the model's `parts` of its label), or null for all. */
  include: readonly string[] | null;
}

/** The parts of a person that entities/find-people computes only when asked (its `$include`). */
export type PersonPart = ModelOf<'Person'>['parts'][number];

export interface EntityRows<K extends EntityKind> {
  /** The earliest day of data of the township asked about (the entity's own township for a lookup; else of every township). */
  dataFrom: string | null;
  /** False when a township was named and no such township exists. */
  townshipFound: boolean;
  /** How many entities match, over all pages. */
  totalCount: number;
  /** Whether items precede and follow the page. */
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  /** Where each item of the page sits in the order (its cursor). */
  positions: Position[];
  /** The page: each entity with its neighbours on the day, decoded (rows/entities.rows.ts) into the shape of its GraphQL type. */
  items: EntityItem<K>[];
}

/** The decoder of each statement's one row, built once. */
const PAGE_ROWS = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityPageRow(kind)])) as { [K in EntityKind]: ReturnType<typeof entityPageRow<K>> };

export const DEFAULT_ENTITY_QUERY: Omit<EntityQuery, 'asOf'> = {
  id: null,
  throughPartyRelations: false,
  township: null,
  text: null,
  sort: 'ID',
  descending: false,
  page: firstPage(20),
  kind: null,
  level: null,
  rank: null,
  category: null,
  leadStatus: null,
  includeClosed: false,
  include: null,
};

export class EntityRepository {
  static readonly queries = Object.values(STATEMENTS);

  constructor(private readonly executor: StatementRunner) {}

  /** One statement per root field: the page of entities with the neighbours the selection reads (`include`), decoded. */
  async find<K extends EntityKind>(kind: K, query: EntityQuery): Promise<EntityRows<K>> {
    const statement = STATEMENTS[kind];
    const rows = await this.executor.query(statement, { ...query, page: pageParameter(query.page) });
    // (TypeScript cannot follow K through the lookup in PAGE_ROWS; the decoder is the one of this kind.)
    return decodeOnlyRow(statement, PAGE_ROWS[kind], rows) as EntityRows<K>;
  }
}
