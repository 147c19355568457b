import type { DatasetRecord, DutyRecord } from './records';
import { referencesOf } from './references';
import { dutyListText, townshipSearchKey } from '../domain/search-keys';
import { dutyMeanings, DutyMeaning, dutySearchText, DutyTexts, meaningRows, MeaningRow } from '../search/duty-meanings';

/**
 * A validated dataset as the rows the write statements UNWIND, one list per statement.
 * Values stay plain JS (dates as 'YYYY-MM-DD', converted by `date()` in Cypher); an absent
 * optional field is an explicit null, so re-importing a file without it removes the property.
 */
type Nullable<T> = T | null;
type Period = { from: string; to: Nullable<string> };

export interface DatasetRows {
  townships: {
    id: string;
    name: string;
    nameEn: Nullable<string>;
    areaKm2: Nullable<number>;
    population: Nullable<number>;
    distanceToCityKm: Nullable<number>;
    staff: Nullable<number>;
    pilotFrom: Nullable<string>;
    pilotTo: Nullable<string>;
  }[];
  departments: { id: string; name: string; nameEn: Nullable<string> }[];
  partyOrganizations: { id: string; name: string; nameEn: Nullable<string>; kind: string }[];
  documents: { id: string; title: string; titleEn: Nullable<string>; issuedOn: Nullable<string>; issuer: Nullable<string> }[];
  offices: ({ id: string; name: string; nameEn: Nullable<string>; aliases: string[]; kind: string } & Period)[];
  posts: ({ id: string; name: string; nameEn: Nullable<string>; aliases: string[]; level: string; rank: string; singleHolder: boolean } & Period)[];
  people: { id: string; name: string; nameEn: Nullable<string>; gender: Nullable<string>; birthDate: Nullable<string>; partyMember: Nullable<boolean> }[];
  villages: { id: string; name: string; nameEn: Nullable<string>; kind: string; complex: Nullable<boolean> }[];
  stations: { id: string; name: string; nameEn: Nullable<string> }[];
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
  }[];
  /**
   * The distinct texts the duties mean, one row each, to embed (the importer fills `vector` for the
   * texts the graph has no vector for yet, and drops the others) and store as (:DutyMeaning).
   */
  dutyMeanings: MeaningRow[];

  // Single-valued references: the file's value replaces the graph's (a row per record, null = none).
  partyOrganizationTownships: { id: string; township: Nullable<string> }[];
  partyOrganizationDepartments: { id: string; department: Nullable<string> }[];
  documentTownships: { id: string; township: Nullable<string> }[];
  officeTownships: ({ id: string; township: string } & Period)[];
  officeMergers: { id: string; mergedInto: string[]; on: Nullable<string> }[];
  postDeputies: { id: string; deputyOf: Nullable<string> }[];
  dutyTownships: { id: string; township: string }[];
  dutyParents: { id: string; parent: Nullable<string> }[];
  dutyBases: { id: string; document: Nullable<string>; clause: Nullable<string> }[];
  /** Each duty's meaning keys (Duty MEANS DutyMeaning, replaced) and its words as search cuts them (`Duty.searchText`, for the `duty_words` index). */
  dutyMeaningLinks: { duty: string; searchText: string; keys: string[] }[];

  // Dated edges: merged on their natural key, other properties set; never deleted by an import.
  postUnits: ({ post: string; unit: string } & Period)[];
  postInChargeOf: ({ post: string; office: string } & Period)[];
  holds: ({ person: string; post: string; acting: boolean; townConsulted: Nullable<boolean> } & Period)[];
  residentCadres: ({ person: string; village: string } & Period)[];
  candidacies: { person: string; document: string; on: string }[];
  villageUnder: ({ village: string; unit: string } & Period)[];
  stationRunBy: ({ station: string; department: string } & Period)[];
  stationLocatedIn: ({ station: string; township: string } & Period)[];
  partyRelations: ({ station: string; organization: string; basis: string; exemption: Nullable<string> } & Period)[];
  responsibilities: ({ owner: string; duty: string; role: string } & Period)[];

  townshipDataFrom: { township: string; dataFrom: string }[];
}

export type RowKind = keyof DatasetRows;

const orNull = <T>(value: T | undefined | null): Nullable<T> => (value === undefined ? null : value);
const period = (edge: { from: string; to?: string }): Period => ({ from: edge.from, to: orNull(edge.to) });

export function datasetToRows(dataset: DatasetRecord): DatasetRows {
  const townships = dataset.townships ?? [];
  const partyOrganizations = dataset.partyOrganizations ?? [];
  const documents = dataset.documents ?? [];
  const offices = dataset.offices ?? [];
  const posts = dataset.posts ?? [];
  const people = dataset.people ?? [];
  const villages = dataset.villages ?? [];
  const stations = dataset.stations ?? [];
  const duties = dataset.duties ?? [];
  const search = dutySearchOf();
  const named = <T extends { id: string; name: string; nameEn?: string }>(record: T) => ({ id: record.id, name: record.name, nameEn: orNull(record.nameEn) });

  return {
    townships: townships.map((township) => ({
      ...named(township),
      areaKm2: orNull(township.areaKm2),
      population: orNull(township.population),
      distanceToCityKm: orNull(township.distanceToCityKm),
      staff: orNull(township.staff),
      pilotFrom: orNull(township.pilot?.from),
      pilotTo: orNull(township.pilot?.to),
    })),
    departments: (dataset.departments ?? []).map(named),
    partyOrganizations: partyOrganizations.map((organization) => ({ ...named(organization), kind: organization.kind })),
    documents: documents.map((document) => ({
      id: document.id,
      title: document.title,
      titleEn: orNull(document.titleEn),
      issuedOn: orNull(document.issuedOn),
      issuer: orNull(document.issuer),
    })),
    offices: offices.map((office) => ({ ...named(office), aliases: office.aliases ?? [], kind: office.kind, ...period(office) })),
    posts: posts.map((post) => ({ ...named(post), aliases: post.aliases ?? [], level: post.level, rank: post.rank, singleHolder: post.singleHolder ?? true, ...period(post) })),
    people: people.map((person) => ({
      ...named(person),
      gender: orNull(person.gender),
      birthDate: orNull(person.birthDate),
      partyMember: orNull(person.partyMember),
    })),
    villages: villages.map((village) => ({ ...named(village), kind: village.kind, complex: orNull(village.complex) })),
    stations: stations.map(named),
    duties: duties.map(dutyRow),
    dutyMeanings: meaningRows(duties.flatMap((duty) => search(duty).meanings)),

    partyOrganizationTownships: partyOrganizations.map((organization) => ({ id: organization.id, township: orNull(organization.township) })),
    partyOrganizationDepartments: partyOrganizations.map((organization) => ({ id: organization.id, department: orNull(organization.department) })),
    documentTownships: documents.map((document) => ({ id: document.id, township: orNull(document.township) })),
    officeTownships: offices.map((office) => ({ id: office.id, township: office.township, ...period(office) })),
    officeMergers: offices.map((office) => ({ id: office.id, mergedInto: office.mergedInto ?? [], on: orNull(office.to) })),
    postDeputies: posts.map((post) => ({ id: post.id, deputyOf: orNull(post.deputyOf) })),
    dutyTownships: duties.map((duty) => ({ id: duty.id, township: duty.township })),
    dutyParents: duties.map((duty) => ({ id: duty.id, parent: orNull(duty.parent) })),
    dutyBases: duties.map((duty) => ({ id: duty.id, document: orNull(duty.basis?.document), clause: orNull(duty.basis?.clause) })),
    dutyMeaningLinks: duties.map((duty) => {
      const { searchText, meanings } = search(duty);
      return { duty: duty.id, searchText, keys: meanings.map((meaning) => meaning.key) };
    }),

    postUnits: posts.flatMap((post) => (post.units ?? []).map((edge) => ({ post: post.id, unit: edge.unit, ...period(edge) }))),
    postInChargeOf: posts.flatMap((post) => (post.inChargeOf ?? []).map((edge) => ({ post: post.id, office: edge.office, ...period(edge) }))),
    holds: people.flatMap((person) =>
      (person.holds ?? []).map((edge) => ({
        person: person.id,
        post: edge.post,
        acting: edge.acting ?? false,
        townConsulted: orNull(edge.townConsulted),
        ...period(edge),
      })),
    ),
    residentCadres: people.flatMap((person) => (person.residentCadreIn ?? []).map((edge) => ({ person: person.id, village: edge.village, ...period(edge) }))),
    candidacies: people.flatMap((person) => (person.candidateFor ?? []).map((edge) => ({ person: person.id, document: edge.document, on: edge.on }))),
    villageUnder: villages.flatMap((village) => (village.under ?? []).map((edge) => ({ village: village.id, unit: edge.unit, ...period(edge) }))),
    stationRunBy: stations.flatMap((station) => (station.runBy ?? []).map((edge) => ({ station: station.id, department: edge.department, ...period(edge) }))),
    stationLocatedIn: stations.flatMap((station) => (station.locatedIn ?? []).map((edge) => ({ station: station.id, township: edge.township, ...period(edge) }))),
    partyRelations: stations.flatMap((station) =>
      (station.partyRelations ?? []).map((edge) => ({
        station: station.id,
        organization: edge.organization,
        basis: edge.basis,
        exemption: orNull(edge.exemption),
        ...period(edge),
      })),
    ),
    responsibilities: duties.flatMap((duty) => (duty.owners ?? []).map((edge) => ({ owner: edge.owner, duty: duty.id, role: edge.role, ...period(edge) }))),

    townshipDataFrom: townshipDataFrom(dataset),
  };
}

interface DutySearch {
  searchText: string;
  meanings: DutyMeaning[];
}

/**
 * Search words and meanings of a duty, computed once per distinct text (a province repeats the
 * same titles in every town) and once per duty record (rows of three kinds read them).
 */
function dutySearchOf(): (duty: DutyRecord) => DutySearch {
  const byText = new Map<string, DutySearch>();
  const byRecord = new WeakMap<DutyRecord, DutySearch>();
  return (duty) => {
    const known = byRecord.get(duty);
    if (known) return known;
    const texts: DutyTexts = {
      title: duty.title,
      titleEn: orNull(duty.titleEn),
      description: orNull(duty.description),
      descriptionEn: orNull(duty.descriptionEn),
      keywords: duty.keywords ?? [],
      listText: dutyListText(duty),
    };
    const textKey = JSON.stringify(texts);
    let computed = byText.get(textKey);
    if (!computed) {
      computed = { searchText: dutySearchText(texts), meanings: dutyMeanings(texts) };
      byText.set(textKey, computed);
    }
    byRecord.set(duty, computed);
    return computed;
  };
}

function dutyRow(duty: DutyRecord): DatasetRows['duties'][number] {
  const keywords = duty.keywords ?? [];
  return {
    id: duty.id,
    title: duty.title,
    titleEn: orNull(duty.titleEn),
    description: orNull(duty.description),
    descriptionEn: orNull(duty.descriptionEn),
    category: duty.category,
    itemType: orNull(duty.itemType),
    legalBasisTitles: (duty.legalBases ?? []).map((basis) => basis.title),
    legalBasisArticles: (duty.legalBases ?? []).map((basis) => basis.article ?? ''),
    accountability: duty.accountability ?? [],
    riskPoints: (duty.integrityRisks ?? []).map((risk) => risk.risk),
    riskControls: (duty.integrityRisks ?? []).map((risk) => risk.control ?? ''),
    keywords,
    // The full-text index covers one string per property, so the list is also stored joined.
    keywordText: keywords.join(' '),
    listText: dutyListText(duty),
    townshipKey: townshipSearchKey(duty.township),
  };
}

/**
 * `dataFrom` of each township the file describes or names: the earliest day any of the file's
 * records or edges starts (a file describes one period). The graph keeps the earliest value it has
 * seen, so importing a later CSV does not move it forward. Birth and issue dates do not count.
 */
function townshipDataFrom(dataset: DatasetRecord): DatasetRows['townshipDataFrom'] {
  const starts: string[] = [];
  const add = (date: string | undefined) => date && starts.push(date);
  dataset.offices?.forEach((office) => add(office.from));
  dataset.posts?.forEach((post) => {
    add(post.from);
    post.units?.forEach((edge) => add(edge.from));
    post.inChargeOf?.forEach((edge) => add(edge.from));
  });
  dataset.people?.forEach((person) => {
    person.holds?.forEach((edge) => add(edge.from));
    person.residentCadreIn?.forEach((edge) => add(edge.from));
    person.candidateFor?.forEach((edge) => add(edge.on));
  });
  dataset.villages?.forEach((village) => village.under?.forEach((edge) => add(edge.from)));
  dataset.stations?.forEach((station) => [...(station.runBy ?? []), ...(station.locatedIn ?? []), ...(station.partyRelations ?? [])].forEach((edge) => add(edge.from)));
  dataset.duties?.forEach((duty) => duty.owners?.forEach((edge) => add(edge.from)));
  dataset.townships?.forEach((township) => add(township.pilot?.from));
  if (starts.length === 0) return [];

  const earliest = starts.reduce((min, date) => (date < min ? date : min));
  const defined = (dataset.townships ?? []).map((township) => township.id);
  const named = referencesOf(dataset)
    .filter((reference) => reference.labels.length === 1 && reference.labels[0] === 'Township')
    .map((reference) => reference.id);
  return [...new Set([...defined, ...named])].map((township) => ({ township, dataFrom: earliest }));
}
