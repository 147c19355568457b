import { rolesAllow, Role, Viewer } from './roles';

/**
 * The privacy model (docs/privacy.md) as data: each protected fact, the lowest role that may learn
 * it, and what it covers. The GraphQL gates (`@Protected(fact)`) and the filters that keep lists
 * from revealing a fact by their membership both read this table, and the privacy test derives
 * from it and the SDL every path by which a fact could reach a lower role.
 *
 * The rule: nothing a role may see lets it deduce what it may not — neither directly, nor by
 * combining answers, nor by comparing two days.
 */
export const PROTECTED_FACTS = {
  identity: {
    role: 'staff',
    covers: "who a person is: names, gender, birth date, and the person's id (one id links everything said about someone)",
  },
  holdings: {
    role: 'staff',
    covers:
      'which person holds which post, since when, until when, acting or not; and what is computed from it: cross-posting, self-supervision, explanation paths that end at a person, resident cadres, candidacies, station heads, the number of people holding posts',
  },
  partyRelations: {
    role: 'discipline',
    covers: "under which party organisation a station's party relation sits, since when, on what basis, any exemption, its history and its moves; and any list whose membership follows from them",
  },
  partyMembership: { role: 'discipline', covers: 'whether a person is a party member' },
  consultations: { role: 'discipline', covers: "whether the town's opinion was sought before a station-head appointment" },
  integrityRisks: {
    role: 'discipline',
    covers: 'the integrity-risk view: risky duties with who holds their lead posts and where the risk compounds (self-supervision, vacancy, acting holders, one person on several risky duties)',
  },
  auditTrail: { role: 'discipline', covers: 'the change records of mutations: who changed what, with before and after values (admin and discipline)' },
} as const satisfies Record<string, { role: Role; covers: string }>;

export type ProtectedFact = keyof typeof PROTECTED_FACTS;

export function roleFor(fact: ProtectedFact): Role {
  return PROTECTED_FACTS[fact].role;
}

/** True when the caller may learn the fact. */
export function mayLearn(viewer: Viewer, fact: ProtectedFact): boolean {
  return rolesAllow(viewer.roles, [roleFor(fact)]);
}
