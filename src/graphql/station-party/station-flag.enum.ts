import { registerEnumType } from 'type-graphql';
import { STATION_FLAGS, StationFlag } from '../../domain/station-party';

export type { StationFlag };

export const StationFlagEnum = Object.fromEntries(STATION_FLAGS.map((flag) => [flag, flag])) as { [K in StationFlag]: K };

registerEnumType(StationFlagEnum, {
  name: 'StationFlag',
  description: 'Something out of line about a grassroots station on a day. A station can carry several.',
  valuesConfig: {
    OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION: {
      description:
        "The station's party relation sits under an organisation other than its township's town party committee (kind TOWN_COMMITTEE), and no higher-level provision exempting it is recorded.",
    },
    HEAD_APPOINTED_WITHOUT_CONSULTATION: {
      description:
        "The current station head's appointment records that the town was not consulted (townConsulted = false): a city department appointing a station head must solicit the town's opinion. Not raised when consultation is not recorded.",
    },
    NO_PARTY_RELATION: { description: 'The station has no party relation on the day.' },
  },
});
