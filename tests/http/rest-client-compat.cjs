// httpyac plugin, loaded by httpyac.config.js at the repository root (CLI and VS Code extension) and through
// HTTPYAC_PLUGIN by run.sh. It lets the CLI run api.http exactly as people use it
// in an editor:
//  - VS Code REST Client's request variables, {{name.response.body.$.path}} and {{name.response.headers.Name}},
//    which httpyac does not resolve by itself (it exposes a named response only as {{name.field}});
//  - API_BASE_URL, when set, stands in for {{baseUrl}}, so the run targets the service it started while the
//    file keeps its default for people (httpyac lets a file's @variable override --var).
'use strict';

const responses = new Map();

function jsonPath(value, path) {
  if (path === '*' || path === '$') return value;
  if (!path.startsWith('$.') && !path.startsWith('$[')) return undefined;
  const steps = path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) || [];
  return steps.reduce((current, step) => {
    if (current === undefined || current === null) return undefined;
    return step.startsWith('[') ? current[Number(step.slice(1, -1))] : current[step.slice(1)];
  }, value);
}

function header(headers, name) {
  const key = Object.keys(headers || {}).find(k => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

function resolve(expression) {
  if (expression === 'baseUrl' && process.env.API_BASE_URL) return process.env.API_BASE_URL;
  const match = /^([A-Za-z_][\w]*)\.response\.(body|headers)\.(.+)$/.exec(expression);
  if (!match) return undefined;
  const response = responses.get(match[1]);
  if (!response) return undefined;
  if (match[2] === 'headers') return header(response.headers, match[3]);
  let body = response.parsedBody;
  if (body === undefined && typeof response.body === 'string') {
    try { body = JSON.parse(response.body); } catch { body = response.body; }
  }
  const value = match[3] === '*' ? response.body : jsonPath(body, match[3]);
  if (value === undefined) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// Loaded twice in CI (httpyac.config.js at the root, and HTTPYAC_PLUGIN): the hooks are added once per file's api.
const configured = new WeakSet();

module.exports = {
  configureHooks(api) {
    if (configured.has(api.hooks)) return;
    configured.add(api.hooks);
    api.hooks.onResponse.addHook('restClientNamedResponses', async (response, context) => {
      const name = context.httpRegion && context.httpRegion.metaData && context.httpRegion.metaData.name;
      if (name) responses.set(name, response);
    });
    api.hooks.replaceVariable.addHook('restClientRequestVariables', async text => {
      if (typeof text !== 'string') return text;
      return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, expression) => {
        const value = resolve(expression.trim());
        return value === undefined ? whole : value;
      });
    }, { before: ['host'] });
  },
};
