// Sends GraphiQL's requests to /graphql the GraphQL-over-HTTP way, with the picked demo token unless the
// headers editor sets its own Authorization header.
export function createFetcher(getToken) {
  return async (params, options) => {
    const token = getToken();
    const headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options?.headers ?? {}),
    };
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) return response.json();
    return { errors: [{ message: `HTTP ${response.status}: ${await response.text()}` }] };
  };
}
