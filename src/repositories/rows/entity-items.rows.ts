import { z } from 'zod';
import {
  count, day, documentBrief, dutyBrief, holding, kindBrief, namedBrief, officeCharge, officeLeader, optionalDay, optionalText, ownedDuty, partyRelation,
  personBrief, postBrief, text, unitPeriod, unitRef,
} from './entity-briefs.rows';

/**
 * One decoder per entity statement (cypher/queries/entities/find-*.cypher): the shape of each item,
 * key for key, as the statement's final projection builds it. Each is exported under its label's kind
 * in the model (entities.rows.ts collects them by that name, so a kind without its decoder does not
 * compile). A part the selection left out (`$include`) comes back as an empty list or null, which
 * every decoder accepts.
 */
const flag = z.boolean();
const list = <T extends z.ZodType>(item: T) => z.array(item);

export const township = z.strictObject({
  id: text, name: text, nameEn: optionalText, areaKm2: z.number().nullable(), population: z.number().nullable(), distanceToCityKm: z.number().nullable(),
  staff: z.number().nullable(), pilotFrom: optionalDay, pilotTo: optionalDay, dataFrom: optionalDay, asOf: day,
  offices: list(kindBrief), villages: list(kindBrief), stations: list(namedBrief), posts: list(postBrief), partyOrganizations: list(kindBrief),
});

export const department = z.strictObject({ id: text, name: text, nameEn: optionalText, asOf: day, stations: list(namedBrief), partyOrganizations: list(kindBrief) });

export const partyOrganization = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, asOf: day, township: namedBrief.nullable(), department: namedBrief.nullable(),
  stations: list(z.strictObject({ station: namedBrief, from: day, to: optionalDay, basis: optionalText, exemption: optionalText })),
});

export const document = z.strictObject({
  id: text, title: text, titleEn: optionalText, issuedOn: optionalDay, issuer: optionalText, asOf: day, township: namedBrief.nullable(),
  duties: list(z.strictObject({ duty: dutyBrief, clause: optionalText })),
  candidates: list(z.strictObject({ person: personBrief, on: day })),
});

export const office = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, from: optionalDay, to: optionalDay, asOf: day, active: flag,
  township: namedBrief.nullable(), posts: list(postBrief), people: list(holding), duties: list(ownedDuty), leadersInCharge: list(officeLeader),
  villages: list(kindBrief), mergedInto: list(kindBrief), mergedFrom: list(kindBrief),
});

export const post = z.strictObject({
  id: text, name: text, nameEn: optionalText, level: optionalText, rank: optionalText, from: optionalDay, to: optionalDay, singleHolder: flag, asOf: day,
  active: flag, unit: unitRef.nullable(), units: list(unitPeriod), township: namedBrief.nullable(),
  holders: list(holding), actingHolders: list(holding), holderHistory: list(holding), vacant: flag,
  deputyOf: postBrief.nullable(), deputies: list(postBrief), inChargeOf: list(officeCharge), duties: list(ownedDuty),
});

/** A post held, with its unit; the posts on the day also with the leaders in charge of its office (null when not asked). */
const appointment = holding.extend({ unit: unitRef.nullable() });
const currentAppointment = appointment.extend({ leadersInCharge: list(officeLeader).nullable() });
const personDuty = ownedDuty.extend({ post: postBrief, acting: flag });

export const person = z.strictObject({
  id: text, name: optionalText, nameEn: optionalText, gender: optionalText, birthDate: optionalDay, partyMember: flag.nullable(), asOf: day,
  posts: list(currentAppointment), appointments: list(appointment), crossPosted: flag, duties: list(personDuty),
  officesInCharge: list(officeCharge.extend({ post: postBrief, acting: flag })),
  residentCadreIn: list(z.strictObject({ village: kindBrief, from: day, to: optionalDay })),
  workload: z.strictObject({ posts: count, actingPosts: count, officesInCharge: count, leadDuties: count, assistDuties: count, residentCadreVillages: count }),
});

export const village = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, complex: flag, asOf: day, under: unitRef.nullable(), underHistory: list(unitPeriod),
  township: namedBrief.nullable(), residentCadre: list(z.strictObject({ person: personBrief, from: day, to: optionalDay })),
  posts: list(z.strictObject({ post: postBrief, holders: list(holding), vacant: flag })),
});

export const station = z.strictObject({
  id: text, name: text, nameEn: optionalText, asOf: day, township: namedBrief.nullable(), department: namedBrief.nullable(),
  partyRelation: partyRelation.nullable(), partyRelations: list(partyRelation), posts: list(postBrief), heads: list(holding),
});

export const duty = z.strictObject({
  id: text, title: text, titleEn: optionalText, description: optionalText, descriptionEn: optionalText, category: optionalText, keywords: list(text),
  itemType: optionalText, legalBases: list(z.strictObject({ title: text, article: optionalText })), accountability: list(text),
  integrityRisks: list(z.strictObject({ risk: text, control: optionalText })), asOf: day, leadCount: count, leadStatus: z.enum(['BLANK', 'LED', 'OVERLAP']),
  township: namedBrief.nullable(), parent: dutyBrief.nullable(), children: list(dutyBrief),
  basis: z.strictObject({ document: documentBrief, clause: optionalText }).nullable(),
  owners: list(z.strictObject({ kind: z.enum(['OFFICE', 'POST']), id: text, name: text, nameEn: optionalText, role: text, from: day, to: optionalDay, holders: list(holding) })),
});
