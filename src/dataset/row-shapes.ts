import type { ComputedRowKind, RowKind } from '../domain/model';
import type { MeaningRow } from '../search/duty-meanings';

/**
 * The rows the write statements UNWIND, one list per row kind of the model (`writes`). Values stay
 * plain JS (dates as 'YYYY-MM-DD', converted by `date()` in Cypher); an absent optional field is an
 * explicit null, so re-importing a file without it removes the property.
 */
type Nullable<T> = T | null;
type Period = { from: string; to: Nullable<string> };

/** A row built from the model's columns: the columns are the model's, the values the record's. */
export type WriteRow = Readonly<Record<string, unknown>>;

/** The rows dataset/computed-rows.ts builds (the kinds the model marks `computed`). */
export interface ComputedRows {
  duties: {
    id: string;
    title: string;
    titleEn: Nullable<string>;
    description: Nullable<string>;
    descriptionEn: Nullable<string>;
    category: string;
    itemType: Nullable<string>;
    /** Legal bases as two lists of one length (a property holds no maps); '' where there is no article. */
    legalBasisTitles: string[];
    legalBasisArticles: string[];
    accountability: string[];
    /** Integrity risks as two lists of one length; '' where there is no control measure. */
    riskPoints: string[];
    riskControls: string[];
    keywords: string[];
    keywordText: string;
    listText: string;
    townshipKey: string;
    /**
     * Its words as search cuts them, for the `duty_words` full-text index. Written with the rest of
     * the node: in an import committed in parts, a later statement setting them made Neo4j write each
     * duty's full-text document twice, once per commit.
     */
    searchText: string;
  };
  /**
   * The distinct texts the duties mean, one row each, to embed (the importer fills `vector` for the
   * texts the graph has no vector for yet, and drops the others) and store as (:DutyMeaning).
   */
  dutyMeanings: MeaningRow;
  /** Each duty's meaning keys (Duty MEANS DutyMeaning, replaced). */
  dutyMeaningLinks: { duty: string; keys: string[] };
  townshipDataFrom: { township: string; dataFrom: string };
}

/** The rows services also build by hand (a mutation, a reorganisation): typed, so they match the model's columns. */
export interface HandBuiltRows {
  offices: { id: string; name: string; nameEn: Nullable<string>; aliases: string[]; kind: string } & Period;
  officeTownships: { id: string; township: string } & Period;
  posts: { id: string; name: string; nameEn: Nullable<string>; aliases: string[]; level: string; rank: string; singleHolder: boolean } & Period;
  postDeputies: { id: string; deputyOf: Nullable<string> };
  postUnits: { post: string; unit: string } & Period;
  postInChargeOf: { post: string; office: string } & Period;
  villageUnder: { village: string; unit: string } & Period;
  partyRelations: { station: string; organization: string; basis: string; exemption: Nullable<string> } & Period;
}

type Shapes = ComputedRows & HandBuiltRows;
/** A row of a kind: its shape when code builds it by hand, else the model's columns. */
export type RowOf<K extends RowKind> = K extends keyof Shapes ? Shapes[K] : WriteRow;

export type DatasetRows = { [K in RowKind]: RowOf<K>[] };

// Every shape names a row kind of the model, and every computed kind has its shape.
type Assert<T extends true> = T;
export type ShapesAreRowKinds = Assert<keyof Shapes extends RowKind ? true : false>;
export type ComputedKindsHaveShapes = Assert<ComputedRowKind extends keyof ComputedRows ? (keyof ComputedRows extends ComputedRowKind ? true : false) : false>;
