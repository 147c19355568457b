import { isGraphqlRequest } from '../../src/http/graphql-endpoint';

describe('which requests the GraphQL endpoint answers', () => {
  it.each(['/graphql', '/graphql?query=%7B%7D', '/graphql/', '/graphql/anything', '/GraphQL', '/graphql#x'])('%s: the endpoint, as Express mounted it', (url) => {
    expect(isGraphqlRequest(url)).toBe(true);
  });

  it.each(['/', '/graphqlx', '/graphiql', '/health', '/app/graphql', '', '//graphql'])('%s: Express (the app, /health, /ready, /metrics, 404)', (url) => {
    expect(isGraphqlRequest(url)).toBe(false);
  });

  it('an absent url is not the endpoint', () => {
    expect(isGraphqlRequest(undefined)).toBe(false);
  });
});
