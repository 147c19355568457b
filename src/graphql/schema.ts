import path from 'node:path';
import { GraphQLSchema, isInterfaceType, isObjectType, isUnionType, lexicographicSortSchema, printSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, getMetadataStorage, ValidatorFn } from 'type-graphql';
import { getMetadataStorage as getValidationMetadata, validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import type { RequestContext } from '../context';
import { flattenValidationErrors } from './error-formatting';
import { PROJECT_ROOT } from '../project-root';
import { SystemResolver } from './system/system.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { DutyAuditResolver } from './audit/duty-audit.resolver';
import { StationPartyResolver } from './station-party/station-party.resolver';
import { TownshipStatsResolver } from './township-stats/township-stats.resolver';
import { ChangesResolver } from './changes/changes.resolver';
import { ENTITY_MUTATION_RESOLVERS } from './mutations/entity-mutation.resolver';
import { MutationResolver } from './mutations/mutation.resolver';
import { ImportListResolver } from './mutations/import-list.resolver';
import { ChangeLogResolver } from './mutations/change-log.resolver';
import { PAYLOAD_RESOLVERS } from './mutations/payload.type';
import { ChangeRecordValuesResolver, TouchedEntityChangesResolver } from './mutations/change-record.resolver';
import { IntegrityRiskResolver } from './integrity/integrity-risks.resolver';
import { ENTITY_RESOLVERS } from './entities/entity-resolvers';
import { DutyOwnerReferenceResolver, OwnerReferenceResolver, TouchedEntityReferenceResolver } from './common/relationship-refs.resolver';
import { authChecker, gateProtectedFields } from './auth-checker';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const RESOLVERS = [SystemResolver, ResponsibilityResolver, DutyAuditResolver, StationPartyResolver, TownshipStatsResolver, ChangesResolver, ...ENTITY_MUTATION_RESOLVERS, MutationResolver, ImportListResolver, ...PAYLOAD_RESOLVERS, ChangeLogResolver, ChangeRecordValuesResolver, TouchedEntityChangesResolver, IntegrityRiskResolver, ...ENTITY_RESOLVERS, OwnerReferenceResolver, DutyOwnerReferenceResolver, TouchedEntityReferenceResolver] as const;

/** type-graphql's own validation options (skipMissingProperties: true) with unknown values allowed. */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const RULES = new WeakMap<Function, boolean>();

/** Whether class-validator has any rule for the class (its own or inherited): for one with none, validating finds nothing. */
function hasRules(target: Function): boolean {
  let known = RULES.get(target);
  if (known === undefined) {
    known = getValidationMetadata().getTargetValidationMetadatas(target, '', true, false).length > 0;
    RULES.set(target, known);
  }
  return known;
}

/**
 * Runs class-validator on every args and input object, as type-graphql's built-in validation does
 * (objects and the objects of a list; failures as one ArgumentValidationError), but with
 * class-validator imported once: the built-in one `require`s it and copies its exports on every
 * validated argument, a measurable share of a small request.
 */
export const validateArgs: ValidatorFn<RequestContext> = async (argValue, _argType, { info, context }) => {
  const objects = (Array.isArray(argValue) ? argValue : [argValue]).filter((value): value is object => value !== null && typeof value === 'object' && hasRules(value.constructor));
  if (objects.length === 0) return;
  try {
    await Promise.all(objects.map((value) => validateOrReject(value, VALIDATOR_OPTIONS)));
  } catch (error) {
    // A mutation goes on to check its rules too, so the answer lists every problem at once (AllInputProblems).
    if (info.parentType === info.schema.getMutationType() && Array.isArray(context?.inputProblems) && Array.isArray(error)) {
      // One problem per field at fault: GraphQL's own (all-problems.plugin.ts) come first.
      const atFault = new Set(context.inputProblems.map((problem) => problem.field));
      context.inputProblems.push(...flattenValidationErrors(error as ValidationError[]).filter((problem) => !atFault.has(problem.field)));
      return;
    }
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};

/** Builds the executable schema; class-validator checks every args and input class (`validateArgs`); protected fields are gated. */
export async function buildDutygraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: true,
    validateFn: validateArgs as ValidatorFn,
    // `@Authorized` (the mutations, root fields only): a refused one fails alone.
    authChecker,
    authMode: 'error',
  });
  readPlainFieldsDirectly(schema);
  resolveAbstractTypesSynchronously(schema);
  // `@Protected(fact)` fields: one synchronous gate each, decided once per operation.
  gateProtectedFields(schema);
  return schema;
}

type FieldMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['objectTypes'][number]['fields']>[number];

/**
 * type-graphql gives every plain property field of an object type a resolver of its own (it builds
 * the middleware data and calls the empty chain, per field value). A field with no field resolver, no
 * middleware, no `@Authorized` and the property's own name is read by graphql-js's default resolver
 * instead, as `simpleResolvers` would, without touching the types. Answers how many fields it changed.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const classes = new Map<Function, { fields?: FieldMetadata[]; interfaceClasses?: Function[] }>([...storage.interfaceTypes, ...storage.objectTypes].map((type) => [type.target, type]));
  const resolved = new Set(storage.fieldResolvers.flatMap((resolver) => [resolver.methodName, resolver.schemaName]));
  let changed = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    // Its own fields, its interfaces' and its superclasses' (the generator merges them the same way).
    const metadata: FieldMetadata[] = [];
    for (let target: Function | null = objectType.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target) as Function | null) {
      const known = classes.get(target);
      metadata.push(...(known?.fields ?? []), ...(known?.interfaceClasses ?? []).flatMap((face) => classes.get(face)?.fields ?? []));
    }
    for (const field of Object.values(type.getFields())) {
      const meta = metadata.filter((candidate) => candidate.schemaName === field.name);
      const plain =
        meta.length > 0 &&
        meta.every((candidate) => candidate.name === field.name && !candidate.middlewares?.length && !candidate.roles?.length) &&
        // A field resolver of that name anywhere: leave it to type-graphql.
        !resolved.has(field.name);
      if (plain && field.resolve) {
        field.resolve = undefined;
        changed += 1;
      }
    }
  }
  return changed;
}

/**
 * type-graphql wraps each union's and interface's `resolveType` in an async function, so graphql-js
 * waits a microtask for the type of every value of an abstract field (each owner, unit and node in an
 * answer). Ours all answer a type name at once: each abstract type of the built schema gets its own
 * `resolveType` back, called directly; a class it answers is mapped to that class's type name, as
 * type-graphql would. Answers how many types it changed.
 */
export function resolveAbstractTypesSynchronously(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const typeNames = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((type) => [type.target, type.name]));
  const declared = [
    ...storage.unions.map((union) => ({ name: union.name, resolveType: union.resolveType })),
    ...storage.interfaceTypes.map((face) => ({ name: face.name, resolveType: face.resolveType })),
  ];
  let changed = 0;
  for (const { name, resolveType } of declared) {
    const type = schema.getType(name);
    if (!resolveType || !(isUnionType(type) || isInterfaceType(type))) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const resolved = resolveType(value, context, info, abstractType as never) as unknown;
      if (resolved === undefined || resolved === null || typeof resolved === 'string') return resolved ?? undefined;
      if (typeof resolved === 'function') return typeNames.get(resolved);
      throw new Error(`${name}.resolveType must answer a type name or class at once, not ${typeof resolved}`);
    };
    changed += 1;
  }
  return changed;
}

/** The SDL committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printDutygraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
