import {
  coerceInputValue,
  FieldNode,
  GraphQLEnumType,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLLeafType,
  GraphQLScalarType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isRequiredInputField,
  isSpecifiedScalarType,
  Kind,
  OperationDefinitionNode,
  valueFromAST,
  valueFromASTUntyped,
  ValueNode,
} from 'graphql';
import { EnumTypeMapper, MapperKind, mapSchema } from '@graphql-tools/utils';
import type { InputProblem } from '../../errors';
import { formatPath } from '../../dataset/path';

/**
 * The format problems of a mutation's arguments as GraphQL itself finds them (a Date that is not a
 * day, an enum value that does not exist, a missing or unknown input field), each named by the
 * argument's path (`from`, `input.kind`, `input.legalBases[1].title`), literal or variable alike.
 * all-problems.plugin.ts answers them together with the mutation's own checks.
 */

export interface RootMutationField {
  field: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

/** The operation's one root field when it is a mutation of one field (several fields share one request's problems, so they are not joined). */
export function soleMutationField(schema: GraphQLSchema, operation: OperationDefinitionNode | null | undefined): RootMutationField | undefined {
  if (operation?.operation !== 'mutation') return undefined;
  const [field, ...others] = operation.selectionSet.selections;
  if (!field || others.length > 0 || field.kind !== Kind.FIELD) return undefined;
  const definition = schema.getMutationType()?.getFields()[field.name.value];
  return definition ? { field, definition } : undefined;
}

/** Every format problem of the field's arguments, with the raw variables of the request. */
export function argumentProblems({ field, definition }: RootMutationField, variables: Readonly<Record<string, unknown>>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const argument of definition.args) {
    const node = field.arguments?.find((given) => given.name.value === argument.name);
    if (node) problemsOf(node.value, argument.type, [argument.name], variables, problems);
  }
  return problems;
}

function problemsOf(node: ValueNode, type: GraphQLInputType, path: readonly (string | number)[], variables: Readonly<Record<string, unknown>>, problems: InputProblem[]): void {
  const field = formatPath(path);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    if (value === undefined) return;
    coerceInputValue(value, type, (at, _invalid, error) => problems.push(coercionProblem([...path, ...at], error.message)));
    return;
  }
  if (isNonNullType(type)) {
    if (node.kind === Kind.NULL) problems.push({ field, message: `must not be null (${String(type)})` });
    else problemsOf(node, type.ofType, path, variables, problems);
    return;
  }
  if (node.kind === Kind.NULL) return;
  if (isListType(type)) {
    const items = node.kind === Kind.LIST ? node.values : [node];
    items.forEach((item, index) => problemsOf(item, type.ofType, node.kind === Kind.LIST ? [...path, index] : path, variables, problems));
    return;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) {
      problems.push({ field, message: `must be an input object of type ${type.name}` });
      return;
    }
    const fields = type.getFields();
    for (const given of node.fields) {
      const definition = fields[given.name.value];
      if (definition) problemsOf(given.value, definition.type, [...path, given.name.value], variables, problems);
      else problems.push({ field: formatPath([...path, given.name.value]), message: `is not a field of ${type.name}` });
    }
    for (const definition of Object.values(fields)) {
      if (isRequiredInputField(definition) && !node.fields.some((given) => given.name.value === definition.name)) {
        problems.push({ field: formatPath([...path, definition.name]), message: `is required (${String(definition.type)})` });
      }
    }
    return;
  }
  if (isLeafType(type) && valueFromAST(node, type, variables) === undefined) problems.push({ field, message: leafProblem(node, type, variables) });
}

/**
 * A problem coercion finds in a variable. A missing or unknown field of an input object is named by
 * the field itself (`input.legalBases[2].title`), worded as for a literal.
 */
function coercionProblem(at: readonly (string | number)[], message: string): InputProblem {
  const missing = /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/.exec(message);
  if (missing) return { field: formatPath([...at, missing[1]!]), message: `is required (${missing[2]})` };
  const unknown = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(message);
  if (unknown) return { field: formatPath([...at, unknown[1]!]), message: `is not a field of ${unknown[2]}` };
  return { field: formatPath(at), message };
}

/** What the type's own literal parser says of the value (graphql-js's wording, as validation words it). */
function leafProblem(node: ValueNode, type: GraphQLInputType, variables: Readonly<Record<string, unknown>>): string {
  const named = getNamedType(type);
  try {
    if (isLeafType(named)) named.parseLiteral(node, variables as Record<string, unknown>);
  } catch (error) {
    if (error instanceof Error && error.message) return error.message;
  }
  return `is not a valid ${named.name}`;
}

/**
 * The schema's twin whose leaf input types accept any value: a valid one as the schema parses it,
 * an invalid one as written (a misspelt enum value as its text, a malformed day as its string). It
 * only runs a mutation whose format problems are already in the request's `inputProblems`, so its
 * rules see the values as the caller wrote them, and nothing commits (MutationRepository).
 */
export function lenientTwin(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => (isSpecifiedScalarType(type) ? type : lenientLeaf(type)),
    // A required field of an input object may be missing: the mutation's own checks name it too.
    [MapperKind.INPUT_OBJECT_FIELD]: (config) => (isNonNullType(config.type) ? { ...config, type: config.type.ofType } : config),
    // An enum becomes a scalar of the same name (the twin is never validated or introspected).
    [MapperKind.ENUM_TYPE]: ((type: GraphQLEnumType) => lenientLeaf(type)) as unknown as EnumTypeMapper,
  });
}

function lenientLeaf(leaf: GraphQLLeafType): GraphQLScalarType {
  return new GraphQLScalarType({
    name: leaf.name,
    description: leaf.description,
    serialize: (value) => leaf.serialize(value),
    parseValue: (value) => {
      try {
        return leaf.parseValue(value) ?? value;
      } catch {
        return value;
      }
    },
    parseLiteral: (node, variables) => {
      try {
        return leaf.parseLiteral(node, variables) ?? valueFromASTUntyped(node, variables);
      } catch {
        return valueFromASTUntyped(node, variables);
      }
    },
  });
}
