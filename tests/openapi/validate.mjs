// Checks recorded exchanges (record-proxy.mjs) against the served OpenAPI 3.1 document, the way a validating proxy
// does, and prints every violation grouped by kind. A violation is:
//  - a response whose status, media type, body or headers the document does not describe: an undeclared status,
//    an undeclared media type, a body that breaks its schema (each schema error counts), a required header that is
//    missing, or one of the headers clients rely on (ETag, API-Version, Location, Retry-After) sent undeclared;
//  - a request the document calls invalid that the service accepted (2xx): an undeclared or invalid query parameter,
//    a missing required parameter or header, a body that breaks its schema or an undeclared body media type.
// The document itself is checked as a linter would: camelCase operationIds, a summary and a description on every
// operation (what an integrator needs beyond the summary: who may call it, errors, side effects), If-Match where
// 412/428 are declared, limits on pageSize, 400 and API-Version declared, problems as application/problem+json, an
// example on every JSON body and answer, and each example valid against its schema.
// Operations outside /api/v1 (dev tokens, health, GraphQL) and the document itself are not checked. An unknown path
// answered 404 and an unknown method answered 405 describe nothing the document could declare, so they pass.
// Usage: node validate.mjs openapi.json exchanges.ndjson  -> "OPENAPI-VIOLATIONS total=N" and E2E-COUNTS; exit 1 on N>0.
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { routeResolver, mediaOf, isJson } from './routes.mjs';

const [docFile, recordFile] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(docFile, 'utf8'));
const exchanges = fs.readFileSync(recordFile, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));

const DOC_ID = 'https://network.example/openapi.json';
const newAjv = coerce => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: coerce });
  addFormats(ajv);
  const int = bits => ({ type: 'number', validate: n => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1) });
  ajv.addFormat('int32', int(32));
  ajv.addFormat('int64', int(64));
  for (const f of ['double', 'float']) ajv.addFormat(f, { type: 'number', validate: () => true });
  for (const f of ['binary', 'byte', 'password']) ajv.addFormat(f, () => true);
  ajv.addSchema({ $id: DOC_ID, components: doc.components ?? {} });
  return ajv;
};
const ajv = newAjv(false);
const ajvParams = newAjv(true);

/** A schema of the document made absolute, so its #/components refs resolve against the document. */
const absolute = schema => JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOC_ID}#/`));
const compiled = new Map();
const compile = (schema, params = false) => {
  const key = (params ? 'p' : 'b') + JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, (params ? ajvParams : ajv).compile(absolute(schema)));
  return compiled.get(key);
};
const deref = node => {
  while (node && node.$ref) {
    node = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  }
  return node;
};

const resolveRoute = routeResolver(doc);

const header = (headers, name) => {
  const key = Object.keys(headers ?? {}).find(k => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : headers[key];
  return Array.isArray(v) ? v.join(', ') : v;
};
const findMedia = (content, media) => {
  if (!content) return undefined;
  const keys = Object.keys(content);
  const k = keys.find(k => k.toLowerCase() === media) ?? keys.find(k => k === `${media.split('/')[0]}/*`) ?? keys.find(k => k === '*/*');
  return k === undefined ? undefined : content[k];
};

const violations = [];
let checked = 0;
const failedExchanges = new Set();
function violation(i, e, kind, detail) {
  violations.push({ kind, detail, where: `${e.method} ${e.url} -> ${e.status}` });
  failedExchanges.add(i);
}
function schemaErrors(i, e, where, validate, value) {
  if (validate(value)) return;
  for (const err of validate.errors) {
    const path = err.instancePath.replace(/\/\d+(?=\/|$)/g, '/*') || '/';
    violation(i, e, `${where} ${err.keyword} at ${path}`, `${err.instancePath || '/'} ${err.message}${err.params?.missingProperty ? ` (${err.params.missingProperty})` : ''}${err.params?.additionalProperty ? ` (${err.params.additionalProperty})` : ''}`);
  }
}

const CLIENT_HEADERS = ['etag', 'api-version', 'location', 'retry-after'];

exchanges.forEach((e, i) => {
  const url = new URL(e.url, 'http://server');
  if (!url.pathname.startsWith('/api/v1/') || url.pathname === '/api/v1/openapi.json') return;
  checked++;
  const route = resolveRoute(url.pathname);
  const pathItem = route && doc.paths[route.template];
  const operation = pathItem?.[e.method.toLowerCase()];
  if (!route) {
    if (e.status !== 404) violation(i, e, 'path not in the document', url.pathname);
    return;
  }
  if (!operation) {
    if (e.status !== 405) violation(i, e, 'operation not in the document', `${e.method} ${route.template}`);
    return;
  }
  const op = `${e.method} ${route.template}`;

  // --- the response ---
  const responses = operation.responses ?? {};
  const declared = responses[String(e.status)] ?? responses[`${String(e.status)[0]}XX`] ?? responses.default;
  if (!declared) {
    violation(i, e, `response status not declared`, `${op}: ${e.status}`);
  } else {
    const response = deref(declared);
    const media = mediaOf(header(e.responseHeaders, 'content-type'));
    if (e.responseBody.length > 0 && e.status !== 304) {
      const declaredMedia = findMedia(response.content, media);
      if (!declaredMedia) violation(i, e, 'response media type not declared', `${op} ${e.status}: ${media}`);
      else if (isJson(media) && declaredMedia.schema) {
        let body;
        try { body = JSON.parse(e.responseBody); } catch { violation(i, e, 'response body is not JSON', op); }
        if (body !== undefined) schemaErrors(i, e, `response ${e.status >= 400 ? 'error' : 'body'}`, compile(declaredMedia.schema), body);
      }
    }
    const declaredHeaders = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), deref(v)]));
    for (const [name, h] of Object.entries(declaredHeaders))
      if (h.required && header(e.responseHeaders, name) === undefined) violation(i, e, `required response header missing: ${name}`, op);
    for (const name of CLIENT_HEADERS)
      if (header(e.responseHeaders, name) !== undefined && !declaredHeaders[name])
        violation(i, e, `response header not declared: ${name}`, `${op} ${e.status}`);
  }

  // --- the request, when the service accepted it ---
  if (e.status < 200 || e.status >= 300) return;
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(deref);
  const query = parameters.filter(p => p.in === 'query');
  for (const key of new Set(url.searchParams.keys())) {
    const p = query.find(q => q.name === key);
    if (!p) { violation(i, e, 'accepted an undeclared query parameter', `${op}: ${key}`); continue; }
    if (p.schema) {
      const values = url.searchParams.getAll(key);
      const s = deref(p.schema);
      schemaErrors(i, e, `accepted an invalid query parameter ${key}:`, compile(p.schema, true), s?.type === 'array' ? values : values[0]);
    }
  }
  for (const p of parameters.filter(p => p.required)) {
    const present = p.in === 'query' ? url.searchParams.has(p.name)
      : p.in === 'header' ? header(e.requestHeaders, p.name) !== undefined
      : p.in === 'path' ? route.values[p.name] !== undefined : true;
    if (!present) violation(i, e, `accepted without a required ${p.in} parameter ${p.name}`, op);
  }
  for (const p of parameters.filter(p => p.in === 'path' && p.schema))
    if (route.values[p.name] !== undefined) schemaErrors(i, e, `accepted an invalid path parameter ${p.name}:`, compile(p.schema, true), route.values[p.name]);
  if (e.requestBody.length > 0) {
    const body = deref(operation.requestBody);
    const media = mediaOf(header(e.requestHeaders, 'content-type'));
    const declaredMedia = findMedia(body?.content, media);
    if (!declaredMedia) violation(i, e, 'accepted an undeclared request media type', `${op}: ${media || '(none)'}`);
    else if (isJson(media) && declaredMedia.schema) {
      let value;
      try { value = JSON.parse(e.requestBody); } catch { violation(i, e, 'accepted a request body that is not JSON', op); }
      if (value !== undefined) schemaErrors(i, e, 'accepted a request body that breaks its schema:', compile(declaredMedia.schema), value);
    }
  } else if (body_required(operation)) violation(i, e, 'accepted without its required body', op);
});

function body_required(operation) { return deref(operation.requestBody)?.required === true; }

// --- the document itself: what generated clients and the API Design Rules' linter read ---
const docViolation = (kind, detail) => violations.push({ kind: `document: ${kind}`, detail, where: 'openapi.json' });
if (!(doc.servers ?? []).some(s => /\/api\/v1\/?$/.test(s.url))) docViolation('no server URL with the major version (/api/v1)', JSON.stringify(doc.servers));
if (!doc.info?.license?.name) docViolation('no info.license', '');
const operationIds = new Map();
for (const [path, item] of Object.entries(doc.paths ?? {})) {
  for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']) {
    const operation = item[method];
    if (!operation) continue;
    const op = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (!id) docViolation('operation without an operationId', op);
    else if (!/^[a-z][a-zA-Z0-9]*$/.test(id)) docViolation('operationId not camelCase', `${op}: ${id}`);
    else if (operationIds.has(id)) docViolation('operationId used twice', `${op} and ${operationIds.get(id)}: ${id}`);
    if (id) operationIds.set(id, op);
    if (!operation.summary || !operation.description) docViolation('operation without a summary and a description', op);
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(deref);
    const statuses = Object.keys(operation.responses ?? {});
    if ((statuses.includes('412') || statuses.includes('428')) && !parameters.some(p => p.in === 'header' && p.name.toLowerCase() === 'if-match'))
      docViolation('412/428 declared without an If-Match parameter', op);
    for (const p of parameters.filter(p => p.in === 'query' && p.name === 'pageSize')) {
      const s = deref(p.schema) ?? {};
      if (s.minimum === undefined || s.maximum === undefined) docViolation('pageSize without minimum and maximum', op);
    }
    if ((parameters.length > 0 || operation.requestBody) && !statuses.includes('400')) docViolation('takes input but declares no 400', op);
    // A generated client's docs and a mock server show the examples: every JSON body an operation takes, and at
    // least one of its JSON answers, has one (schema/openapi-examples.json, captured from this run).
    const jsonBodies = Object.entries(deref(operation.requestBody)?.content ?? {}).filter(([m]) => isJson(m.toLowerCase()));
    if (jsonBodies.length > 0 && !jsonBodies.some(([, c]) => c.example !== undefined || c.examples))
      docViolation('request body without an example', op);
    const jsonAnswers = statuses.filter(s => /^2/.test(s))
      .flatMap(s => Object.entries(deref(operation.responses[s]).content ?? {}).filter(([m]) => isJson(m.toLowerCase())));
    if (jsonAnswers.length > 0 && !jsonAnswers.some(([, c]) => c.example !== undefined || c.examples))
      docViolation('answer without an example', op);
    for (const status of statuses) {
      const response = deref(operation.responses[status]);
      if (/^[45]/.test(status) && !response.content?.['application/problem+json']) docViolation(`${status} without application/problem+json`, op);
      if (!Object.keys(response.headers ?? {}).some(h => h.toLowerCase() === 'api-version')) docViolation('response without the API-Version header', `${op} ${status}`);
      for (const [media, content] of Object.entries(response.content ?? {})) {
        exampleViolations(`${op} ${status} ${media}`, content);
        const schema = deref(content.schema);
        const type = Array.isArray(schema?.type) ? schema.type : [schema?.type];
        if (!isJson(media.toLowerCase()) && (type.includes('object') || type.includes('array')))
          docViolation('a text media type declared with a JSON schema', `${op} ${status} ${media}`);
      }
    }
  }
}
// An example a client (or a mock server) takes for an answer must be one: every example validates against its schema.
function exampleViolations(where, content) {
  if (!content?.schema) return;
  const examples = [
    ...(content.example !== undefined ? [content.example] : []),
    ...Object.values(content.examples ?? {}).map(deref).filter(x => x?.value !== undefined).map(x => x.value),
  ];
  const validate = compile(content.schema);
  for (const example of examples)
    if (!validate(example))
      for (const err of validate.errors) docViolation('example breaks its schema', `${where}: ${err.instancePath || '/'} ${err.message}`);
}
for (const [path, item] of Object.entries(doc.paths ?? {}))
  for (const method of ['get', 'put', 'post', 'delete', 'patch'])
    for (const [media, content] of Object.entries(item[method]?.requestBody?.content ?? {}))
      exampleViolations(`${method.toUpperCase()} ${path} request ${media}`, content);
const walk = (node, where) => {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${where}/${i}`)); return; }
  if (typeof node.format === 'string' && node.type === undefined && !node.$ref) docViolation('format without type', `${where}: ${node.format}`);
  for (const [k, v] of Object.entries(node)) if (k !== 'example' && k !== 'examples' && k !== 'default') walk(v, `${where}/${k}`);
};
walk(doc.components?.schemas, '#/components/schemas');
walk(doc.paths, '#/paths');

const byKind = new Map();
for (const v of violations) {
  if (!byKind.has(v.kind)) byKind.set(v.kind, []);
  byKind.get(v.kind).push(v);
}
for (const [kind, list] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(list.length).padStart(5)}  ${kind}`);
  for (const v of list.slice(0, 3)) console.log(`         e.g. ${v.where}: ${v.detail}`);
}
const failed = failedExchanges.size;
console.log(`OpenAPI contract: ${checked} exchanges checked, ${failed} with violations; ${violations.length} violations of ${byKind.size} kinds`);
console.log(`OPENAPI-VIOLATIONS total=${violations.length} kinds=${byKind.size} exchanges=${checked} failing=${failed}`);
// The document counts as one more check: it passes without a document violation.
const documentFails = violations.some(v => v.kind.startsWith('document: ')) ? 1 : 0;
console.log(`E2E-COUNTS passed=${checked - failed + 1 - documentFails} failed=${failed + documentFails + (checked === 0 ? 1 : 0)}`);
process.exit(violations.length === 0 && checked > 0 ? 0 : 1);
