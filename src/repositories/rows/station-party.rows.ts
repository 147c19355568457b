import { z } from 'zod';
import { pageShape } from '../page';
import { day, namedRow, namedShape, optionalDay, optionalText, postRow, withName } from './common.rows';

/** `organization { .id, .name, .nameEn, .kind }`, with the township it is IN when the statement adds it. */
export const partyOrganization = z
  .strictObject({ ...namedShape, kind: optionalText })
  .transform((raw) => ({ ...withName(raw), townshipId: null as string | null }));
export const partyOrganizationInTownship = z
  .strictObject({ ...namedShape, kind: optionalText, township: optionalText })
  .transform(({ township, ...raw }) => ({ ...withName(raw), townshipId: township }));

/** A Station PARTY_RELATION PartyOrganization edge. */
export const partyRelation = z.strictObject({
  organization: partyOrganizationInTownship,
  from: day,
  to: optionalDay,
  basis: optionalText,
  exemption: optionalText,
});

const stationHead = z.strictObject({
  person: namedRow,
  post: postRow,
  from: day,
  to: optionalDay,
  acting: z.boolean(),
  townConsulted: z.boolean().nullable(),
});

/** The one row of station-party/list-station-party-relations. */
export const stationPartyRow = z.strictObject({
  dataFrom: optionalDay,
  townshipFound: z.boolean(),
  ...pageShape,
  stations: z.array(
    z.strictObject({
      station: namedRow,
      township: namedRow,
      department: namedRow.nullable(),
      relations: z.array(partyRelation),
      heads: z.array(stationHead),
    }),
  ),
});
