import { answerEvidence } from '../../src/repositories/rows/duty-evidence.rows';
import { auditDutiesRow } from '../../src/repositories/rows/duty-audit.rows';
import { partyRelation } from '../../src/repositories/rows/station-party.rows';
import { assessDuties } from '../../src/domain/audit-flags';
import { evidenceById } from '../../src/domain/duty-evidence';
import type { ResponsibilitySearch } from '../../src/repositories/responsibility.repository';
import { DEFAULT_ANSWERS } from '../../src/services/responsibility.service';
import { CONFIDENT_AT } from '../../src/domain/search-confidence';
import { firstPage } from '../../src/domain/page';
import { MAX_PAGE_SIZE } from '../../src/graphql/common/pagination';
import { currentHead, relationOn } from '../../src/domain/station-party';

/**
 * The benchmark's operations, each on three paths that must give the same answers:
 * - service: Dutygraph's GraphQL API (auth, validation, limits, services, one Cypher file);
 * - raw: the very same Cypher file through neo4j-driver behind a bare HTTP endpoint (the floor);
 * - neo4j-graphql: @neo4j/graphql over bench/neo4j-graphql/typedefs.graphql on Apollo Server.
 * Each path's answer is normalised to a canonical form that the comparison checks for equality.
 */
export const PATHS = ['service', 'raw', 'neo4j-graphql'] as const;
export type PathName = (typeof PATHS)[number];

export const OPERATIONS = ['whoIsResponsible', 'dutyAudit', 'stationPartyRelations', 'personNested'] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** What the operations are asked about, drawn from the generated dataset. */
export interface BenchInputs {
  /** The township asked about. */
  township: string;
  /** The day asked about (YYYY-MM-DD). */
  asOf: string;
  /** Duty titles of that township, Chinese and English mixed. */
  queries: string[];
  /**
   * What the service sends the search statement for each query (its words, its vector by the
   * model, the calibration), computed once before the load so the raw and @neo4j/graphql paths ask
   * the very same search; the service path embeds each question itself, in the loop.
   */
  searches: Record<string, ResponsibilitySearch>;
  /** People holding posts in that township. */
  people: string[];
}

type Input = Record<string, unknown>;
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GraphQLPathSpec {
  query: string;
  variables(input: Input): Record<string, unknown>;
  /** `data` of the response → canonical answer. */
  normalise(data: Json, input: Input): unknown;
}

export interface RawPathSpec {
  /** A statement of cypher/queries (`audit/audit-duties`) or of bench/cypher (`bench/person-nested`). */
  statement: string;
  params(input: Input): Record<string, unknown>;
  /** The rows → canonical answer. */
  normalise(rows: Json[], input: Input): unknown;
}

export interface OperationSpec {
  name: OperationName;
  /** The distinct inputs the load cycles through. */
  inputs(bench: BenchInputs): Input[];
  /** Undefined when the service has no such operation yet (reported as pending). */
  service?: GraphQLPathSpec;
  raw: RawPathSpec;
  neo4jGraphql: GraphQLPathSpec;
}

/** Integer parameters of the raw statements (JSON numbers arrive as floats; Cypher's LIMIT needs integers). */
export const RAW_INTEGER_PARAMS = ['first', 'candidates', 'vectorCandidates'];

/** The service keeps the confident answers, else all of them as suggestions: the other paths keep the same. */
function keptAsTheServiceKeeps<T extends { confidence: number }>(ranked: T[]): T[] {
  const confident = ranked.filter((hit) => hit.confidence >= CONFIDENT_AT);
  return confident.length > 0 ? confident : ranked;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const edges = (connection: Json): Json[] => (connection?.edges as Json[] | undefined) ?? [];

/** `where` of an edge valid on $d: from <= d and (no to, or d < to). */
const VALID_EDGE = '{ from: { lte: $d }, OR: [{ to: { eq: null } }, { to: { gt: $d } }] }';
/** The same for a node with its own from/to (offices and posts). */
const VALID_NODE = 'from: { lte: $d }, OR: [{ to: { eq: null } }, { to: { gt: $d } }]';

// ---- whoIsResponsible ------------------------------------------------------------------------------

interface AnswerCanon {
  id: string;
  leads: { id: string; holders: string[] }[];
  assists: string[];
}

const whoIsResponsible: OperationSpec = {
  name: 'whoIsResponsible',
  inputs: (bench) => bench.queries.map((query) => ({ query, township: bench.township, asOf: bench.asOf, search: bench.searches[query] })),
  service: {
    query: `query WhoIsResponsible($q: String!, $t: ID, $d: Date) {
      whoIsResponsible(query: $q, township: $t, asOf: $d) { edges { node {
        duty { id title titleEn }
        matchedBy status flags
        leads { owner { ... on Node { id } } kind role name holders { person { id name } acting } leadersInCharge { post { id name } holders { person { id name } } } }
        assists { owner { ... on Node { id } } kind role name }
      } } }
    }`,
    variables: (input) => ({ q: input.query, t: input.township, d: input.asOf }),
    normalise: (data): AnswerCanon[] =>
      (data.whoIsResponsible.edges as Json[]).map((edge) => edge.node).map((answer) => ({
        id: answer.duty.id,
        leads: (answer.leads as Json[]).map((lead) => ({ id: lead.owner.id, holders: sorted((lead.holders as Json[]).map((holder) => holder.person.id)) })).sort(byId),
        assists: sorted((answer.assists as Json[]).map((assist) => assist.owner.id)),
      })),
  },
  raw: {
    statement: 'responsibility/who-is-responsible',
    params: (input) => ({ ...(input.search as ResponsibilitySearch), asOf: input.asOf, township: input.township }),
    normalise: (rows): AnswerCanon[] => {
      const row = rows[0];
      const evidence = evidenceById((row.evidence as Json[]).map((raw) => answerEvidence.parse(raw)));
      return keptAsTheServiceKeeps(row.hits as Json[]).flatMap((hit) => {
        const duty = evidence.get(hit.id);
        if (!duty) return [];
        const holdersOf = (owner: (typeof duty.owners)[number]) => sorted(owner.staffPosts.flatMap((post) => post.holders.map((holder) => holder.person.id)));
        return [
          {
            id: duty.duty.id,
            leads: duty.owners.filter((owner) => owner.role === 'LEAD').map((owner) => ({ id: owner.owner.id, holders: holdersOf(owner) })).sort(byId),
            assists: sorted(duty.owners.filter((owner) => owner.role === 'ASSIST').map((owner) => owner.owner.id)),
          },
        ];
      });
    },
  },
  neo4jGraphql: {
    query: `query WhoIsResponsible($q: String!, $lucene: String, $terms: [[String!]!]!, $exact: String!, $vector: [Float!]!, $vectorIndex: String!, $vectorProperty: String!,
        $vectorCandidates: Int!, $bias: Float!, $meaning: Float!, $words: Float!, $meaningGap: Float!, $wordsGap: Float!, $confidentAt: Float!,
        $t: ID, $first: Int!, $candidates: Int!, $d: Date!) {
      searchDuties(query: $q, lucene: $lucene, terms: $terms, exactTitle: $exact, vector: $vector, vectorIndex: $vectorIndex, vectorProperty: $vectorProperty,
          vectorCandidates: $vectorCandidates, bias: $bias, meaning: $meaning, words: $words, meaningGap: $meaningGap, wordsGap: $wordsGap, confidentAt: $confidentAt,
          township: $t, first: $first, candidates: $candidates) {
        id title titleEn category
        parent { id }
        ownerOfficesConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
          edges {
            properties { role from to }
            node {
              id name nameEn
              postsConnection(where: { edge: ${VALID_EDGE}, node: { rank: { eq: "PRINCIPAL" }, ${VALID_NODE} } }) {
                edges { node { id name holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { properties { acting } node { id name } } } } }
              }
              leadersConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
                edges { node { id name holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { node { id name } } } } }
              }
            }
          }
        }
        ownerPostsConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
          edges {
            properties { role from to }
            node {
              id name nameEn rank level
              holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { properties { acting } node { id name } } }
              officesConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
                edges { node { id name leadersConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) { edges { node { id name holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { node { id name } } } } } } } }
              }
            }
          }
        }
      }
    }`,
    variables: (input) => {
      const search = input.search as ResponsibilitySearch;
      return {
        q: search.query,
        lucene: search.lucene,
        terms: search.terms,
        exact: search.exactTitle,
        vector: search.vector,
        vectorIndex: search.vectorIndex,
        vectorProperty: search.vectorProperty,
        vectorCandidates: search.vectorCandidates,
        ...search.calibration,
        confidentAt: CONFIDENT_AT,
        t: input.township,
        first: DEFAULT_ANSWERS,
        candidates: search.candidates,
        d: input.asOf,
      };
    },
    normalise: (data): AnswerCanon[] =>
      (data.searchDuties as Json[]).map((duty) => {
        const owners = [
          ...edges(duty.ownerOfficesConnection).map((edge) => ({
            role: edge.properties.role as string,
            id: edge.node.id as string,
            holders: sorted(edges(edge.node.postsConnection).flatMap((post) => edges(post.node.holdersConnection).map((holder) => holder.node.id as string))),
          })),
          ...edges(duty.ownerPostsConnection).map((edge) => ({
            role: edge.properties.role as string,
            id: edge.node.id as string,
            holders: sorted(edges(edge.node.holdersConnection).map((holder) => holder.node.id as string)),
          })),
        ];
        return {
          id: duty.id,
          leads: owners.filter((owner) => owner.role === 'LEAD').map(({ id, holders }) => ({ id, holders })).sort(byId),
          assists: sorted(owners.filter((owner) => owner.role === 'ASSIST').map((owner) => owner.id)),
        };
      }),
  },
};

// ---- dutyAudit -------------------------------------------------------------------------------------

/**
 * Every path agrees on the duty count and on how many duties are OVERLAP and BLANK; the service
 * and the raw path also on every flag of the first page of findings (the service's findings are a
 * connection of at most MAX_PAGE_SIZE, by duty id, and its `counts` cover all of them).
 * @neo4j/graphql has no audit rules, so from its data only OVERLAP (two or more lead owners) and
 * BLANK (none) are derived.
 */
interface AuditCanon {
  total: number;
  overlap: number;
  blank: number;
  firstFindings?: Record<string, string[]>;
}

type Flagged = { id: string; flags: string[] };

const countWith = (flagged: Flagged[], flag: string) => flagged.filter((duty) => duty.flags.includes(flag)).length;

/** The first page of findings as the service cuts it: flagged duties by id, at most MAX_PAGE_SIZE. */
const firstFindings = (flagged: Flagged[]) =>
  Object.fromEntries(
    flagged
      .filter((duty) => duty.flags.length > 0)
      .sort(byId)
      .slice(0, MAX_PAGE_SIZE)
      .map((duty) => [duty.id, duty.flags]),
  );

const dutyAudit: OperationSpec = {
  name: 'dutyAudit',
  inputs: (bench) => [{ township: bench.township, asOf: bench.asOf }],
  service: {
    query: `query DutyAudit($t: ID, $d: Date) {
      dutyAudit(township: $t, asOf: $d) {
        asOf township totalDuties
        counts { flag count }
        findings(first: ${MAX_PAGE_SIZE}) { edges { node { duty { id title parent { id } } flags reasons { flag message } } } }
      }
    }`,
    variables: (input) => ({ t: input.township, d: input.asOf }),
    normalise: (data): AuditCanon => {
      const count = (flag: string) => (data.dutyAudit.counts as Json[]).find((entry) => entry.flag === flag)?.count ?? 0;
      const page = (data.dutyAudit.findings.edges as Json[]).map((edge) => edge.node).map((finding) => ({ id: finding.duty.id, flags: finding.flags }));
      return { total: data.dutyAudit.totalDuties, overlap: count('OVERLAP'), blank: count('BLANK'), firstFindings: firstFindings(page) };
    },
  },
  raw: {
    statement: 'audit/audit-duties',
    params: (input) => ({ asOf: input.asOf, township: input.township }),
    normalise: (rows) => {
      const row = rows[0];
      const audit = auditDutiesRow.parse(row);
      const assessments = assessDuties(audit.audited, evidenceById(audit.evidence));
      const flagged = assessments.map((assessment) => ({ id: assessment.dutyId, flags: assessment.flags }));
      return { total: assessments.length, overlap: countWith(flagged, 'OVERLAP'), blank: countWith(flagged, 'BLANK'), firstFindings: firstFindings(flagged) } satisfies AuditCanon;
    },
  },
  neo4jGraphql: {
    query: `query DutyAudit($t: ID!, $d: Date!) {
      townships(where: { id: { eq: $t } }) {
        id
        duties {
          id title titleEn category
          parent { id }
          ownerOfficesConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
            edges { properties { role } node { id name leadersConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) { edges { node { id } } } } }
          }
          ownerPostsConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
            edges { properties { role } node { id name } }
          }
        }
      }
    }`,
    variables: (input) => ({ t: input.township, d: input.asOf }),
    normalise: (data) => {
      const duties = ((data.townships as Json[])[0]?.duties as Json[] | undefined) ?? [];
      const flagged = duties.map((duty) => {
        const leads = new Set(
          [...edges(duty.ownerOfficesConnection), ...edges(duty.ownerPostsConnection)].filter((edge) => edge.properties.role === 'LEAD').map((edge) => edge.node.id as string),
        );
        return { id: duty.id as string, flags: leads.size === 0 ? ['BLANK'] : leads.size > 1 ? ['OVERLAP'] : [] };
      });
      return { total: duties.length, overlap: countWith(flagged, 'OVERLAP'), blank: countWith(flagged, 'BLANK') } satisfies AuditCanon;
    },
  },
};

// ---- stationPartyRelations -------------------------------------------------------------------------

interface StationCanon {
  id: string;
  organization: string | null;
  basis: string | null;
  head: string | null;
}

const stationPartyRelations: OperationSpec = {
  name: 'stationPartyRelations',
  inputs: (bench) => [{ township: bench.township, asOf: bench.asOf }],
  service: {
    query: `query StationPartyRelations($t: ID, $d: Date) {
      stationPartyRelations(township: $t, asOf: $d) { edges { node {
        station { id name } township { id } department { id name }
        organization { id name kind } from basis exemption insideTownCommittee flags
        head { person { id name } post { id } from acting townConsulted }
        history { organization { id } from to basis }
      } } }
    }`,
    variables: (input) => ({ t: input.township, d: input.asOf }),
    normalise: (data): StationCanon[] =>
      (data.stationPartyRelations.edges as Json[]).map((edge) => edge.node)
        .map((station) => ({ id: station.station.id, organization: station.organization?.id ?? null, basis: station.basis ?? null, head: station.head?.person.id ?? null }))
        .sort(byId),
  },
  raw: {
    statement: 'station-party/list-station-party-relations',
    params: (input) => ({ asOf: input.asOf, township: input.township, page: firstPage(MAX_PAGE_SIZE) }),
    normalise: (rows, input): StationCanon[] =>
      (rows[0].stations as Json[])
        .map((station) => {
          const relation = relationOn((station.relations as Json[]).map((raw) => partyRelation.parse(raw)), String(input.asOf));
          const head = currentHead((station.heads as Json[]).map((raw) => ({ ...raw, person: { id: raw.person.id }, acting: raw.acting === true, from: String(raw.from) })));
          return { id: station.station.id, organization: relation?.organization.id ?? null, basis: relation?.basis ?? null, head: head?.person.id ?? null };
        })
        .sort(byId),
  },
  neo4jGraphql: {
    query: `query StationPartyRelations($t: ID!, $d: Date!) {
      townships(where: { id: { eq: $t } }) {
        id
        stationsConnection(where: { edge: ${VALID_EDGE} }) {
          edges {
            node {
              id name nameEn
              departmentsConnection(where: { edge: ${VALID_EDGE} }) { edges { node { id name } } }
              partyRelationsConnection { edges { properties { from to basis exemption } node { id name kind } } }
              postsConnection(where: { edge: ${VALID_EDGE}, node: { level: { eq: "STATION_HEAD" }, ${VALID_NODE} } }) {
                edges { node { id name holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { properties { from acting townConsulted } node { id name } } } } }
              }
            }
          }
        }
      }
    }`,
    variables: (input) => ({ t: input.township, d: input.asOf }),
    normalise: (data, input): StationCanon[] => {
      const township = (data.townships as Json[])[0];
      const stations = new Map<string, StationCanon>();
      for (const edge of edges(township?.stationsConnection)) {
        const station = edge.node;
        const relation = relationOn(
          edges(station.partyRelationsConnection).map((relationEdge) => ({
            organization: { id: relationEdge.node.id, name: relationEdge.node.name, nameEn: null, kind: relationEdge.node.kind ?? null, townshipId: null },
            from: String(relationEdge.properties.from),
            to: relationEdge.properties.to ?? null,
            basis: relationEdge.properties.basis ?? null,
            exemption: relationEdge.properties.exemption ?? null,
          })),
          String(input.asOf),
        );
        const heads = edges(station.postsConnection).flatMap((post) =>
          edges(post.node.holdersConnection).map((holder) => ({ person: { id: holder.node.id }, acting: holder.properties.acting === true, from: String(holder.properties.from) })),
        );
        const head = currentHead(heads as never);
        stations.set(station.id, { id: station.id, organization: relation?.organization.id ?? null, basis: relation?.basis ?? null, head: (head as { person: { id: string } } | null)?.person.id ?? null });
      }
      return [...stations.values()].sort(byId);
    },
  },
};

// ---- personNested ----------------------------------------------------------------------------------

interface PersonCanon {
  id: string;
  posts: { id: string; duties: string[]; offices: { id: string; leaders: { id: string; holders: string[] }[] }[] }[];
}

const personNested: OperationSpec = {
  name: 'personNested',
  inputs: (bench) => bench.people.map((id) => ({ id, asOf: bench.asOf })),
  service: {
    query: `query PersonNested($id: ID!, $d: Date) {
      person(id: $id, asOf: $d) {
        id name nameEn
        posts { post { id name nameEn rank level } acting from unit { label: __typename ... on Office { id name nameEn } ... on Village { id name nameEn } ... on Station { id name nameEn } ... on Township { id name nameEn } } leadersInCharge { post { id name nameEn } holders { person { id name nameEn } } } }
        duties(through: POST) { duty { id title titleEn } role owner { ... on Node { id } } post { id } }
      }
    }`,
    variables: (input) => ({ id: input.id, d: input.asOf }),
    normalise: (data): PersonCanon | null => {
      const person = data.person as Json;
      if (!person) return null;
      return {
        id: person.id,
        posts: (person.posts as Json[])
          .map((appointment) => ({
            id: appointment.post.id,
            // The duties each post owns itself (through: POST; owner = the post).
            duties: sorted((person.duties as Json[]).filter((duty) => duty.owner.id === appointment.post.id).map((duty) => `${duty.duty.id}:${duty.role}`)),
            offices: (appointment.unit?.label === 'Office' ? [appointment] : [])
              .map((held: Json) => ({
                id: held.unit.id,
                leaders: (held.leadersInCharge as Json[]).map((leader) => ({ id: leader.post.id, holders: sorted((leader.holders as Json[]).map((holder) => holder.person.id)) })).sort(byId),
              })),
          }))
          .sort(byId),
      };
    },
  },
  raw: {
    statement: 'bench/person-nested',
    params: (input) => ({ id: input.id, asOf: input.asOf }),
    normalise: (rows): PersonCanon | null => {
      const person = rows[0]?.person as Json;
      if (!person) return null;
      return {
        id: person.id,
        posts: (person.posts as Json[])
          .map((post) => ({
            id: post.id,
            duties: sorted((post.duties as Json[]).map((duty) => `${duty.id}:${duty.role}`)),
            offices: (post.offices as Json[])
              .map((office) => ({
                id: office.id,
                leaders: (office.leadersInCharge as Json[]).map((leader) => ({ id: leader.id, holders: sorted((leader.holders as Json[]).map((holder) => holder.id)) })).sort(byId),
              }))
              .sort(byId),
          }))
          .sort(byId),
      };
    },
  },
  neo4jGraphql: {
    query: `query PersonNested($id: ID!, $d: Date!) {
      people(where: { id: { eq: $id } }) {
        id name nameEn
        postsConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
          edges {
            properties { acting from }
            node {
              id name nameEn rank level
              dutiesConnection(where: { edge: ${VALID_EDGE} }) { edges { properties { role } node { id title titleEn } } }
              officesConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
                edges {
                  node {
                    id name nameEn
                    leadersConnection(where: { edge: ${VALID_EDGE}, node: { ${VALID_NODE} } }) {
                      edges { node { id name nameEn holdersConnection(where: { edge: ${VALID_EDGE} }) { edges { node { id name nameEn } } } } }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }`,
    variables: (input) => ({ id: input.id, d: input.asOf }),
    normalise: (data): PersonCanon | null => {
      const person = (data.people as Json[])[0];
      if (!person) return null;
      return {
        id: person.id,
        posts: edges(person.postsConnection)
          .map((edge) => ({
            id: edge.node.id as string,
            duties: sorted(edges(edge.node.dutiesConnection).map((duty) => `${duty.node.id}:${duty.properties.role}`)),
            offices: edges(edge.node.officesConnection)
              .map((office) => ({
                id: office.node.id as string,
                leaders: edges(office.node.leadersConnection)
                  .map((leader) => ({ id: leader.node.id as string, holders: sorted(edges(leader.node.holdersConnection).map((holder) => holder.node.id as string)) }))
                  .sort(byId),
              }))
              .sort(byId),
          }))
          .sort(byId),
      };
    },
  },
};

export const OPERATION_SPECS: Readonly<Record<OperationName, OperationSpec>> = { whoIsResponsible, dutyAudit, stationPartyRelations, personNested };
