// Writes the OpenAPI document's captured examples (schema/openapi-examples.json): per operationId, the request body
// and answer of the first successful exchange of the contract run (api.http and the error cases, on the demo
// network) and its first problem answer, so every operation shows what it really takes and gives. Lists are cut
// to two entries to keep the document small. The service puts these into /api/v1/openapi.json where an endpoint
// declares no example of its own (OpenApiExamples); validate.mjs checks every example against its schema.
// Usage: node examples.mjs openapi.json exchanges.ndjson out.json   (run.sh does it with OPENAPI_EXAMPLES=file)
import fs from 'node:fs';
import { routeResolver, mediaOf, isJson } from './routes.mjs';

const [docFile, recordFile, outFile] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(docFile, 'utf8'));
const exchanges = fs.readFileSync(recordFile, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const resolve = routeResolver(doc);
const header = (headers, name) => headers?.[Object.keys(headers ?? {}).find(k => k.toLowerCase() === name)];

const trim = node => {
  if (Array.isArray(node)) return node.slice(0, 2).map(trim);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, trim(v)]));
  return node;
};
const json = (text, headers) => {
  if (!isJson(mediaOf(header(headers, 'content-type'))) || !text) return undefined;
  try { return trim(JSON.parse(text)); } catch { return undefined; }
};

const examples = {};
for (const e of exchanges) {
  const url = new URL(e.url, 'http://recorded');
  const route = resolve(url.pathname);
  const operation = route && doc.paths[route.template]?.[e.method.toLowerCase()];
  if (!operation?.operationId || !operation.responses?.[String(e.status)]) continue;
  const entry = (examples[operation.operationId] ??= { responses: {} });
  const body = json(e.responseBody, e.responseHeaders);
  if (e.status < 300) {
    if (entry.success) continue;
    const declared = Object.keys(operation.responses[String(e.status)]?.content ?? {}).some(m => isJson(m.toLowerCase()));
    if (declared && body === undefined) continue; // a CSV or HTML answer of an operation that also answers JSON
    const request = json(e.requestBody, e.requestHeaders);
    if (operation.requestBody && request === undefined && !e.requestBody) continue; // shows nothing to send
    entry.success = true;
    if (request !== undefined) entry.request = request;
    if (body !== undefined) entry.responses[e.status] = body;
  } else if (e.status >= 400 && body !== undefined && !Object.keys(entry.responses).some(s => s >= 400)) {
    entry.responses[e.status] = body;
  }
}
const sorted = Object.fromEntries(Object.keys(examples).sort().map(id => {
  const { request, responses } = examples[id];
  return [id, request === undefined ? { responses } : { request, responses }];
}));
fs.writeFileSync(outFile, JSON.stringify(sorted, null, 2) + '\n');
console.log(`captured examples for ${Object.keys(sorted).length} operations into ${outFile}`);
