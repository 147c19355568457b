import { Authorized, Extensions } from 'type-graphql';
import { PROTECTED_FACTS, ProtectedFact, roleFor } from '../../auth/privacy';

/** The schema extension a gated field carries: which fact it protects and the role it needs (the privacy test reads it). */
export interface ProtectedExtension {
  protects: ProtectedFact;
  requires: string;
}

/**
 * A field that carries a protected fact: `@Authorized` with the fact's role from the privacy model
 * (a refused field fails alone with FORBIDDEN and is never computed), and an extension naming the
 * fact, so the gate and the model cannot drift apart. Such a field must be nullable.
 */
export function Protected(fact: ProtectedFact): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(roleFor(fact));
  const extensions = Extensions({ protects: fact, requires: PROTECTED_FACTS[fact].role } satisfies ProtectedExtension);
  return (prototype: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    authorized(prototype, key, descriptor as TypedPropertyDescriptor<unknown>);
    extensions(prototype, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
