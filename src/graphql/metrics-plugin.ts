import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import type { ServiceMetrics } from '../observability/metrics';

/** Times every GraphQL request and counts the codes of the errors it answered. */
export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const startedAt = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          metrics.observeRequest(operationName, Number(process.hrtime.bigint() - startedAt) / 1e9, codes);
        },
      };
    },
  };
}
