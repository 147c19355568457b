import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, execute, getOperationAST, GraphQLError, GraphQLSchema, Kind, specifiedRules, validate, ValidationRule, ValuesOfCorrectTypeRule, visit } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors';
import { argumentProblems, lenientTwin, soleMutationField } from './argument-problems';

/**
 * Issue 20, every problem at once: GraphQL refuses a malformed Date or a misspelt enum value in a
 * mutation's arguments (a literal in validation, a variable in coercion) before the mutation runs,
 * so its other problems (unknown references, days out of order, overlaps) would only show in a
 * second round. For a one-field mutation that fails on its argument values ONLY, this plugin
 * collects those format problems with their paths (argument-problems.ts), runs the mutation on the
 * schema's lenient twin with them in the request's `inputProblems` (so its own checks run on the
 * values as written, and nothing commits), and answers the one BAD_USER_INPUT that lists them all.
 * Anything else (a refused role, an unknown field, a missing argument, a limit) keeps GraphQL's answer.
 */
export function allProblemsPlugin(schema: GraphQLSchema, validationRules: readonly ValidationRule[] = []): ApolloServerPlugin<RequestContext> {
  const twin = lenientTwin(schema);
  const otherRules = [...specifiedRules.filter((rule) => rule !== ValuesOfCorrectTypeRule), ...validationRules];

  /** The answer for a mutation whose only problems are its argument values; undefined to keep GraphQL's own. */
  async function everyProblem(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, context: RequestContext): Promise<GraphQLError | undefined> {
    const root = soleMutationField(schema, getOperationAST(document, operationName));
    if (!root) return undefined;
    const format = argumentProblems(root, variables);
    if (format.length === 0) return undefined;
    context.inputProblems.push(...format);
    const result = await execute({ schema: twin, document, contextValue: context, variableValues: variables, ...(operationName ? { operationName } : {}) });
    const [error, ...more] = result.errors ?? [];
    if (!error || more.length > 0 || !(error.originalError instanceof BadUserInputError)) return undefined;
    return new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: { ...error.extensions, http: { status: 400 } } });
  }

  return {
    async requestDidStart() {
      let answer: GraphQLError | undefined;
      return {
        // Literals: validation refuses them. Runs before validation (its end hook is not awaited) when
        // the only refusals would be argument values of the root mutation field.
        async validationDidStart({ document, request, contextValue }) {
          if (document && onlyRootArgumentValuesFail(schema, document, otherRules)) answer = await everyProblem(document, request.operationName, request.variables ?? {}, contextValue);
          // Apollo answers the very array it hands to this hook (and calls it without awaiting: the
          // body must not await). test/integration/mutations-all-problems.test.ts proves both.
          return async (errors) => {
            if (errors?.length && answer) (errors as Error[]).splice(0, errors.length, answer);
          };
        },
        // Variables: coercion refuses them when execution starts (a cached document skips validation).
        async didResolveOperation({ document, request, operation, contextValue }) {
          if (answer || operation?.operation !== 'mutation') return;
          if (!getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          const found = await everyProblem(document, request.operationName, request.variables ?? {}, contextValue);
          if (found) throw found;
        },
      };
    },
  };
}

/** Validation fails on values only, and only on the arguments of root mutation fields. */
function onlyRootArgumentValuesFail(schema: GraphQLSchema, document: DocumentNode, otherRules: readonly ValidationRule[]): boolean {
  if (!document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation')) return false;
  if (validate(schema, document, [ValuesOfCorrectTypeRule]).length === 0) return false;
  if (validate(schema, document, otherRules).length > 0) return false;
  return validate(schema, withoutRootMutationArguments(document), [ValuesOfCorrectTypeRule]).length === 0;
}

function withoutRootMutationArguments(document: DocumentNode): DocumentNode {
  return visit(document, {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return undefined;
      return {
        ...operation,
        selectionSet: { ...operation.selectionSet, selections: operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? { ...selection, arguments: [] } : selection)) },
      };
    },
  });
}
