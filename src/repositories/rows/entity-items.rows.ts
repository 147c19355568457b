import { z } from 'zod';
import {
  count, day, documentRef, dutyRef, holding, kindRef, namedRef, officeCharge, officeLeader, optionalDay, optionalText, ownedDuty, partyRelation,
  personRef, postRef, text, unitPeriod, unitRef,
} from './entity-refs.rows';

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
  offices: list(kindRef), villages: list(kindRef), stations: list(namedRef), posts: list(postRef), partyOrganizations: list(kindRef),
});

export const department = z.strictObject({ id: text, name: text, nameEn: optionalText, asOf: day, stations: list(namedRef), partyOrganizations: list(kindRef) });

export const partyOrganization = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, asOf: day, township: namedRef.nullable(), department: namedRef.nullable(),
  stations: list(z.strictObject({ station: namedRef, from: day, to: optionalDay, basis: optionalText, exemption: optionalText })),
});

export const document = z.strictObject({
  id: text, title: text, titleEn: optionalText, issuedOn: optionalDay, issuer: optionalText, asOf: day, township: namedRef.nullable(),
  duties: list(z.strictObject({ duty: dutyRef, clause: optionalText })),
  candidates: list(z.strictObject({ person: personRef, on: day })),
});

export const office = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, from: optionalDay, to: optionalDay, asOf: day, active: flag,
  township: namedRef.nullable(), posts: list(postRef), people: list(holding), duties: list(ownedDuty), leadersInCharge: list(officeLeader),
  villages: list(kindRef), mergedInto: list(kindRef), mergedFrom: list(kindRef),
});

export const post = z.strictObject({
  id: text, name: text, nameEn: optionalText, level: optionalText, rank: optionalText, from: optionalDay, to: optionalDay, singleHolder: flag, asOf: day,
  active: flag, unit: unitRef.nullable(), units: list(unitPeriod), township: namedRef.nullable(),
  holders: list(holding), actingHolders: list(holding), holderHistory: list(holding), vacant: flag,
  deputyOf: postRef.nullable(), deputies: list(postRef), inChargeOf: list(officeCharge), duties: list(ownedDuty),
});

/** A post held, with its unit; the posts on the day also with the leaders in charge of its office (null when not asked). */
const appointment = holding.extend({ unit: unitRef.nullable() });
const currentAppointment = appointment.extend({ leadersInCharge: list(officeLeader).nullable() });
const personDuty = ownedDuty.extend({ post: postRef, acting: flag });

export const person = z.strictObject({
  id: text, name: optionalText, nameEn: optionalText, gender: optionalText, birthDate: optionalDay, partyMember: flag.nullable(), asOf: day,
  posts: list(currentAppointment), appointments: list(appointment), crossPosted: flag, duties: list(personDuty),
  officesInCharge: list(officeCharge.extend({ post: postRef, acting: flag })),
  residentCadreIn: list(z.strictObject({ village: kindRef, from: day, to: optionalDay })),
  workload: z.strictObject({ posts: count, actingPosts: count, officesInCharge: count, leadDuties: count, assistDuties: count, residentCadreVillages: count }),
});

export const village = z.strictObject({
  id: text, name: text, nameEn: optionalText, kind: optionalText, complex: flag, asOf: day, under: unitRef.nullable(), underHistory: list(unitPeriod),
  township: namedRef.nullable(), residentCadre: list(z.strictObject({ person: personRef, from: day, to: optionalDay })),
  posts: list(z.strictObject({ post: postRef, holders: list(holding), vacant: flag })),
});

export const station = z.strictObject({
  id: text, name: text, nameEn: optionalText, asOf: day, township: namedRef.nullable(), department: namedRef.nullable(),
  partyRelation: partyRelation.nullable(), partyRelations: list(partyRelation), posts: list(postRef), heads: list(holding),
});

export const duty = z.strictObject({
  id: text, title: text, titleEn: optionalText, description: optionalText, descriptionEn: optionalText, category: optionalText, keywords: list(text),
  itemType: optionalText, legalBases: list(z.strictObject({ title: text, article: optionalText })), accountability: list(text),
  integrityRisks: list(z.strictObject({ risk: text, control: optionalText })), asOf: day, leadCount: count, leadStatus: z.enum(['BLANK', 'LED', 'OVERLAP']),
  township: namedRef.nullable(), parent: dutyRef.nullable(), children: list(dutyRef),
  basis: z.strictObject({ document: documentRef, clause: optionalText }).nullable(),
  owners: list(z.strictObject({ kind: z.enum(['OFFICE', 'POST']), id: text, name: text, nameEn: optionalText, role: text, from: day, to: optionalDay, holders: list(holding) })),
});
