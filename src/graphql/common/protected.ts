import { Extensions } from 'type-graphql';
import { PROTECTED_FACTS, ProtectedFact } from '../../auth/privacy';
import type { Role } from '../../auth/roles';

/** The schema extension a gated field carries: which fact it protects and the role it needs (the gate and the privacy test read it). */
export interface ProtectedExtension {
  protects: ProtectedFact;
  requires: Role;
}

/**
 * A field that carries a protected fact: an extension naming the fact and the role the privacy model
 * gives it, which `gateProtectedFields` (src/graphql/auth-checker.ts) turns into a synchronous gate
 * on that field of the built schema — a refused field fails alone with FORBIDDEN and is never
 * computed, decided once per operation — so the gate and the model cannot drift apart.
 * Such a field must be nullable.
 */
export function Protected(fact: ProtectedFact): MethodDecorator & PropertyDecorator {
  return Extensions({ protects: fact, requires: PROTECTED_FACTS[fact].role } satisfies ProtectedExtension) as MethodDecorator & PropertyDecorator;
}
