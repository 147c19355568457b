import { describeLabels, NodeLabel, withArticle } from './labels';
import { nameSpelledBy, newPersonId } from './person-ids';
import { FieldPath, formatPath } from './path';
import type { DatasetProblem } from './problems';
import type { DatasetRecord } from './records';
import type { HoldsEdge } from './records/person.record';
import type { PostRecord } from './records/post.record';
import { isIsoDate } from './records/fields';
import { definitionsOf, entriesOf, IdDefinition, referencesOf } from './references';
import type { DatasetSource } from './source';

/**
 * What the graph already holds about the ids a file names. A CSV duty list or a partial file may
 * point at offices, posts, documents and townships imported earlier; and a file must not reuse an
 * id the graph gives to another label.
 */
export interface GraphFacts {
  labels: ReadonlyMap<string, NodeLabel>;
  /** Duty PART_OF Duty in the graph above the duties the file names: child id → parent id. */
  dutyParents: ReadonlyMap<string, string>;
  /** `singleHolder` of the posts in the graph that the file names. */
  singleHolder: ReadonlyMap<string, boolean>;
}

export const EMPTY_GRAPH: GraphFacts = { labels: new Map(), dutyParents: new Map(), singleHolder: new Map() };

/** The ids the graph must be asked about: every id the file defines or names. */
export function idsToLookUp(dataset: DatasetRecord): string[] {
  return [...new Set([...definitionsOf(dataset).map((d) => d.id), ...referencesOf(dataset).map((r) => r.id)])];
}

/**
 * The checks that need more than one record: unique ids, references that exist with the right
 * label, no PART_OF cycle, appointments that do not overlap, one substantive holder of a
 * single-holder post at a time, no duplicate edges, and the format's rules between fields.
 * Returns every problem; runs on files with field errors too, skipping what is unreadable.
 */
export function crossCheck(dataset: DatasetRecord, source: DatasetSource, graph: GraphFacts = EMPTY_GRAPH): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ file: source.file, ...source.locate(path), message });
  const where = (path: FieldPath) => {
    const location = source.locate(path);
    if (location.row !== undefined) return `row ${location.row}`;
    return location.line !== undefined ? `${formatPath(path)}, line ${location.line}` : formatPath(path);
  };

  const definitions = checkUniqueIds(dataset, graph, report, where);
  checkReferences(dataset, definitions, graph, report);
  checkPartOfCycles(dataset, graph, report);
  checkDuplicateEdges(dataset, report, where);
  checkAppointments(dataset, definitions, graph, report, where);
  checkFieldRules(dataset, definitions, report);
  return problems;
}

type Report = (path: FieldPath, message: string) => void;
type Where = (path: FieldPath) => string;

function checkUniqueIds(dataset: DatasetRecord, graph: GraphFacts, report: Report, where: Where): Map<string, IdDefinition> {
  const first = new Map<string, IdDefinition>();
  for (const definition of definitionsOf(dataset)) {
    const earlier = first.get(definition.id);
    if (earlier) {
      report(definition.path, `duplicate id '${definition.id}': already used by ${where(earlier.path)}`);
      continue;
    }
    first.set(definition.id, definition);
    const inGraph = graph.labels.get(definition.id);
    if (inGraph && inGraph !== definition.label) {
      report(definition.path, `id '${definition.id}' already belongs to ${withArticle(inGraph)} in the graph; ids are unique across all records`);
    }
  }
  return first;
}

function checkReferences(dataset: DatasetRecord, definitions: Map<string, IdDefinition>, graph: GraphFacts, report: Report): void {
  for (const reference of referencesOf(dataset)) {
    const label = definitions.get(reference.id)?.label ?? graph.labels.get(reference.id);
    if (label === undefined) {
      report(reference.path, `unknown id '${reference.id}': no ${reference.labels.join(' or ')} with this id in the file or in the graph`);
    } else if (!reference.labels.includes(label)) {
      report(reference.path, `'${reference.id}' is ${withArticle(label)}; expected ${describeLabels(reference.labels)}`);
    }
  }
}

/** The file's parents replace the graph's (an import sets a duty's parent), so both are walked together. */
function checkPartOfCycles(dataset: DatasetRecord, graph: GraphFacts, report: Report): void {
  const parentOf = new Map(graph.dutyParents);
  const duties = entriesOf(dataset.duties).filter(([duty]) => typeof duty.id === 'string');
  for (const [duty] of duties) {
    if (typeof duty.parent === 'string') parentOf.set(duty.id, duty.parent);
    else parentOf.delete(duty.id);
  }
  const reported = new Set<string>();
  for (const [duty, index] of duties) {
    const chain = [duty.id];
    for (let current = parentOf.get(duty.id); current !== undefined && chain.length <= parentOf.size; current = parentOf.get(current)) {
      if (current === duty.id) {
        const key = [...chain].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          report(['duties', index, 'parent'], `PART_OF cycle: ${[...chain, duty.id].join(' → ')}`);
        }
        break;
      }
      if (chain.includes(current)) break; // a cycle above this duty, reported at one of its members
      chain.push(current);
    }
  }
}

interface KeyedEdgeList {
  list: keyof DatasetRecord;
  field: string;
  key: readonly string[];
}

/** Edges the graph keeps apart only by these fields (their MERGE keys): two equal entries would become one edge. */
const EDGE_KEYS: readonly KeyedEdgeList[] = [
  { list: 'posts', field: 'units', key: ['unit', 'from'] },
  { list: 'posts', field: 'inChargeOf', key: ['office', 'from'] },
  { list: 'people', field: 'holds', key: ['post', 'from'] },
  { list: 'people', field: 'residentCadreIn', key: ['village', 'from'] },
  { list: 'people', field: 'candidateFor', key: ['document', 'on'] },
  { list: 'villages', field: 'under', key: ['unit', 'from'] },
  { list: 'stations', field: 'runBy', key: ['department', 'from'] },
  { list: 'stations', field: 'locatedIn', key: ['township', 'from'] },
  { list: 'stations', field: 'partyRelations', key: ['organization', 'from'] },
  { list: 'duties', field: 'owners', key: ['owner', 'role', 'from'] },
];

function checkDuplicateEdges(dataset: DatasetRecord, report: Report, where: Where): void {
  for (const { list, field, key } of EDGE_KEYS) {
    for (const [record, index] of entriesOf(dataset[list] as Record<string, unknown>[] | undefined)) {
      const seen = new Map<string, number>();
      for (const [edge, k] of entriesOf(record[field] as Record<string, unknown>[] | undefined)) {
        const identity = JSON.stringify(key.map((name) => edge[name]));
        const earlier = seen.get(identity);
        if (earlier === undefined) seen.set(identity, k);
        else report([list, index, field, k], `duplicate entry: same ${key.join(', ')} as ${where([list, index, field, earlier])}`);
      }
    }
  }
}

interface Appointment {
  person: string;
  personIndex: number;
  holdIndex: number;
  edge: HoldsEdge;
  from: string;
  /** Exclusive; undefined while still held. */
  to: string | undefined;
}

const overlaps = (a: Appointment, b: Appointment) => a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
const period = (a: Appointment) => `${a.from} to ${a.to ?? 'open'}`;

/** One person holds a post once at a time; a single-holder post has one substantive holder at a time. */
function checkAppointments(dataset: DatasetRecord, definitions: Map<string, IdDefinition>, graph: GraphFacts, report: Report, where: Where): void {
  const byPost = new Map<string, Appointment[]>();
  for (const [person, personIndex] of entriesOf(dataset.people)) {
    for (const [edge, holdIndex] of entriesOf(person.holds)) {
      if (typeof edge.post !== 'string' || !isIsoDate(edge.from) || (edge.to !== undefined && edge.to !== null && !isIsoDate(edge.to))) continue;
      const appointment = { person: String(person.id), personIndex, holdIndex, edge, from: edge.from, to: edge.to ?? undefined };
      byPost.set(edge.post, [...(byPost.get(edge.post) ?? []), appointment]);
    }
  }
  const postsById = new Map(entriesOf(dataset.posts).map(([post]) => [post.id, post] as [string, PostRecord]));
  const holdPath = (a: Appointment): FieldPath => ['people', a.personIndex, 'holds', a.holdIndex];

  for (const [postId, appointments] of byPost) {
    const sorted = [...appointments].sort((a, b) => a.from.localeCompare(b.from) || a.personIndex - b.personIndex || a.holdIndex - b.holdIndex);
    const singleHolder = definitions.get(postId)?.label === 'Post' ? postsById.get(postId)?.singleHolder !== false : graph.singleHolder.get(postId) ?? false;
    sorted.forEach((later, position) => {
      for (const earlier of sorted.slice(0, position)) {
        if (!overlaps(earlier, later)) continue;
        if (earlier.person === later.person) {
          report([...holdPath(later), 'from'], `overlaps another appointment of '${later.person}' to '${postId}' (${where(holdPath(earlier))}, ${period(earlier)})`);
        } else if (singleHolder && earlier.edge.acting !== true && later.edge.acting !== true) {
          report(
            [...holdPath(later), 'post'],
            `'${postId}' has a single holder, but '${earlier.person}' already holds it substantively from ${period(earlier)} (${where(holdPath(earlier))}); mark one of them acting or end the earlier appointment`,
          );
        }
      }
    });
  }
}

/** Rules of the format that tie one field to another record. */
function checkFieldRules(dataset: DatasetRecord, definitions: Map<string, IdDefinition>, report: Report): void {
  const posts = new Map(entriesOf(dataset.posts).map(([post]) => [post.id, post] as [string, PostRecord]));
  const organizations = new Map(entriesOf(dataset.partyOrganizations).map(([organization]) => [organization.id, organization]));

  for (const [office, index] of entriesOf(dataset.offices)) {
    if (Array.isArray(office.mergedInto) && office.mergedInto.length > 0 && !office.to) {
      report(['offices', index, 'mergedInto'], 'an office is merged into others when it closes: set `to` (the day of the merger)');
    }
  }
  for (const [post, index] of entriesOf(dataset.posts)) {
    if (Array.isArray(post.inChargeOf) && post.inChargeOf.length > 0 && post.level !== 'LEADERSHIP' && typeof post.level === 'string') {
      report(['posts', index, 'inChargeOf'], `only leadership posts are in charge of offices; this post's level is ${post.level}`);
    }
  }
  for (const [person, index] of entriesOf(dataset.people)) {
    const spelled = typeof person.id === 'string' ? nameSpelledBy(person.id, [person.name, person.nameEn]) : undefined;
    if (spelled) {
      report(['people', index, 'id'], `a person id must not spell the person's name ('${spelled}'): use an opaque id such as ${newPersonId()} (docs/privacy.md)`);
    }
    for (const [edge, k] of entriesOf(person.holds)) {
      const post = definitions.get(edge.post)?.label === 'Post' ? posts.get(edge.post) : undefined;
      if (edge.townConsulted !== undefined && edge.townConsulted !== null && post && post.level !== 'STATION_HEAD') {
        report(['people', index, 'holds', k, 'townConsulted'], `applies to station-head posts only; '${edge.post}' is a ${post.level} post`);
      }
    }
  }
  for (const [station, index] of entriesOf(dataset.stations)) {
    for (const [edge, k] of entriesOf(station.partyRelations)) {
      const organization = organizations.get(edge.organization);
      if (edge.exemption && organization?.kind === 'TOWN_COMMITTEE') {
        report(['stations', index, 'partyRelations', k, 'exemption'], `an exemption is recorded only for relations outside the town party committee; '${edge.organization}' is the town committee`);
      }
    }
  }
}
