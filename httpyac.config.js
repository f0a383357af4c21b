// httpyac (CLI and VS Code extension) loads this from the project root: it resolves api.http's REST Client-style
// {{name.response.body.$.field}} references (tests/http/rest-client-compat.cjs). See README "Your first call".
module.exports = {
  configureHooks: api => require('./tests/http/rest-client-compat.cjs').configureHooks(api),
};
