import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { EntityKind, MODEL } from '../domain/model';
import type { EntityItem } from './rows/entities.rows';
import { nodesRow } from './rows/nodes.rows';

const STATEMENT = 'entities/find-nodes';

/** What the node lookup is asked: ids of any label, one day, and the parts of each label the selection reads. */
export interface NodeQuery {
  ids: readonly string[];
  asOf: string;
  /** The parts of each label to compute (the `$include` of its find statement); null: all. */
  include: Readonly<Record<EntityKind, readonly string[] | null>>;
  /** Whether the caller may learn people; else people are only named as refused. */
  identity: boolean;
}

/** An entity found, with its kind. */
export interface FoundNode<K extends EntityKind = EntityKind> {
  kind: K;
  item: EntityItem<K>;
}

export interface NodeRows {
  dataFrom: string | null;
  found: FoundNode[];
  refusedPeople: string[];
}

/** Entities of any label by id, in one statement (entities/find-nodes, which shares each label's item part). */
export class NodeRepository {
  static readonly queries = [STATEMENT];

  constructor(private readonly executor: StatementRunner) {}

  async find(query: NodeQuery): Promise<NodeRows> {
    // One map, not eleven lists: Neo4j plans a statement once per size class of each list parameter.
    const lookup = { ids: [...query.ids], include: Object.fromEntries(MODEL.map((entry) => [entry.kind, query.include[entry.kind]])) };
    const rows = await this.executor.query(STATEMENT, { lookup, asOf: query.asOf, identity: query.identity });
    const row = decodeOnlyRow(STATEMENT, nodesRow, rows);
    const found = MODEL.flatMap((entry) => row[entry.list].map((item): FoundNode => ({ kind: entry.kind, item })));
    return { dataFrom: row.dataFrom, found, refusedPeople: row.refusedPeople };
  }
}
