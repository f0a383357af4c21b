// A real OpenID Connect provider for the tests (panva/oidc-provider), never used outside them.
//   node tests/oidc/provider.mjs --port 0 --redirect-uri http://127.0.0.1:5080/aanmelden/test/terug
// Prints "listening <issuer>" once it accepts requests. Its built-in development login form accepts any login:
// the login becomes the subject; "<x>@<domain>" logins are their own e-mail, others get "<login>@idp.test";
// logins starting with "unverified" have an unverified e-mail. Clients (secret = id + "-secret"):
//   network-web     authorization code + PKCE, the web app's sign-in
//   network-system  client credentials, a municipal system (scopes network.directory.read network.lookup)
//   other-system    client credentials, a system nobody registered
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'redirect-uri': { type: 'string', multiple: true, default: [] },
    audience: { type: 'string', default: 'urn:network:api' },
  },
});

const scopes = 'network.directory.read network.lookup';
const claimsOf = (login) => {
  const email = login.includes('@') ? login : `${login}@idp.test`;
  const name = login.split('@')[0].replace(/[._-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return { sub: login, email, email_verified: !login.startsWith('unverified'), name };
};

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'network-web',
      client_secret: 'network-web-secret',
      redirect_uris: values['redirect-uri'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
    ...['network-system', 'other-system'].map((id) => ({
      client_id: id,
      client_secret: `${id}-secret`,
      redirect_uris: [],
      grant_types: ['client_credentials'],
      response_types: [],
    })),
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  scopes: ['openid', 'email', 'profile', ...scopes.split(' ')],
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsOf(id) }),
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => values.audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: scopes, audience: values.audience, accessTokenFormat: 'jwt' }),
    },
  },
  // Tokens for the API carry the subject and the client; who that is, the directory says.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    grant.addResourceScope(values.audience, scopes);
    await grant.save();
    return grant;
  },
  conformIdTokenClaims: false, // the ID token carries e-mail and name, as most providers' do
  ttl: { AccessToken: 600, ClientCredentials: 600, IdToken: 600 },
});
provider.proxy = false;
server.on('request', provider.callback());
console.log(`listening ${issuer}`);
