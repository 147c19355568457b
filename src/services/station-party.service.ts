import { NotFoundError } from '../errors';
import type { StationPartyRepository } from '../repositories/station-party.repository';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import type { PageRequest, Paged } from '../domain/page';
import { stationView, StationPartyRelationView } from '../domain/station-party';

/** The party relations of the grassroots stations of a township (or of every township) on a day. */
export class StationPartyService {
  constructor(private readonly repository: StationPartyRepository) {}

  async stationPartyRelations(asOfArg: string | null | undefined, township: string | null | undefined, page: PageRequest): Promise<Paged<StationPartyRelationView>> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.repository.listStationPartyRelations(asOf, township ?? null, page);
    if (township && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);
    const { totalCount, hasPreviousPage, hasNextPage, positions } = rows;
    return { items: rows.stations.map((station) => stationView(station, asOf)), totalCount, hasPreviousPage, hasNextPage, positions };
  }
}
