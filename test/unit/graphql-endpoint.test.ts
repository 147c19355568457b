import type { IncomingMessage } from 'node:http';
import { isGraphqlRequest } from '../../src/http/graphql-endpoint';
import { isJsonBody } from '../../src/http/body-limit';

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

describe('which bodies are read as JSON', () => {
  const request = (contentType?: string) => ({ headers: contentType === undefined ? {} : { 'content-type': contentType } }) as IncomingMessage;

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json ;charset=latin1'])('%s: JSON (a charset it cannot read is refused later, with 415)', (contentType) => {
    expect(isJsonBody(request(contentType))).toBe(true);
  });

  it.each(['text/plain', 'application/vnd.api+json', 'application/jsonx', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''])('%s: not JSON (left to Apollo, which refuses it)', (contentType) => {
    expect(isJsonBody(request(contentType))).toBe(false);
  });

  it('no content-type: not JSON', () => {
    expect(isJsonBody(request())).toBe(false);
  });
});
