import { NotFoundError } from '../errors';
import type { ChangeRows, ChangesRepository, KindedRow } from '../repositories/changes.repository';
import type { PartyOrganizationRow } from '../repositories/station-party.repository';
import { assertPeriod, assertWithinData } from './as-of';
import { closureKind, OfficeClosureKind } from '../domain/office-closure';

type Organization = Omit<PartyOrganizationRow, 'townshipId'>;

export interface ChangeSetView extends Omit<ChangeRows, 'dataFrom' | 'townshipFound' | 'officesClosed' | 'stationPartyRelationsMoved'> {
  before: string;
  after: string;
  township: string | null;
  officesClosed: { office: KindedRow; on: string; kind: OfficeClosureKind; mergedInto: KindedRow[] }[];
  stationPartyRelationsMoved: { station: ChangeRows['stationPartyRelationsMoved'][number]['station']; fromOrganization: Organization; toOrganization: Organization; on: string; basis: string | null }[];
}

/** What the service reads: the changes repository's one statement (a test implements just this). */
export type ChangeRowsSource = Pick<ChangesRepository, 'listChanges'>;

/** What changed between two days: a reorganisation's offices, posts, duty owners, villages, station party relations and people. */
export class ChangesService {
  constructor(private readonly repository: ChangeRowsSource) {}

  /** The state on `before` against the state on `after`: what happened on a day in (before, after]. */
  async changes(before: string, after: string, township?: string | null): Promise<ChangeSetView> {
    assertPeriod(before, after, 'before', 'after');
    const rows = await this.repository.listChanges(before, after, township ?? null);
    if (township && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(before, rows.dataFrom, 'before');
    const { dataFrom: _dataFrom, townshipFound: _found, officesClosed, stationPartyRelationsMoved, ...unchanged } = rows;
    return {
      before,
      after,
      township: township ?? null,
      ...unchanged,
      officesClosed: officesClosed.map((closed) => ({ ...closed, kind: closureKind(closed.mergedInto) })),
      stationPartyRelationsMoved: stationPartyRelationsMoved.map((moved) => ({
        ...moved,
        fromOrganization: organization(moved.fromOrganization),
        toOrganization: organization(moved.toOrganization),
      })),
    };
  }
}

function organization({ id, name, nameEn, kind }: PartyOrganizationRow): Organization {
  return { id, name, nameEn, kind };
}
