// The error cases and paging walks api.http does not make, sent through the recording proxy so that validate.mjs
// checks their answers too. Each case asserts its status; a wrong status fails the step like a violation.
// Usage: node error-cases.mjs BASE_URL
const base = process.argv[2];
const failures = [];
let sent = 0;

async function token(user) {
  const r = await fetch(`${base}/dev/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }),
  });
  return (await r.json()).accessToken;
}
async function call(name, expect, method, path, { auth, headers = {}, body, type = 'application/json' } = {}) {
  const h = { ...headers };
  if (auth) h.authorization = `Bearer ${auth}`;
  if (body !== undefined) h['content-type'] = type;
  const r = await fetch(`${base}${path}`, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' });
  const text = await r.text();
  sent++;
  if (expect !== undefined && r.status !== expect) failures.push(`${name}: expected ${expect}, got ${r.status} ${text.slice(0, 200)}`);
  let json; try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: r.status, headers: r.headers, json };
}

const coordinator = await token('coordinator.amberveen');
const professional = await token('teacher.amberveen');
const system = await token('system.amberveen');
const admin = await token('admin');
const missing = '00000000-0000-0000-0000-0000000000ff';

// Paging to the last page, where there is no next link.
for (const [who, path] of [[coordinator, '/api/v1/organisations?pageSize=7'], [coordinator, '/api/v1/professionals?pageSize=9&includeInactive=true'],
  [professional, '/api/v1/professionals?pageSize=25'], [system, '/api/v1/organisations?pageSize=100'], [admin, '/api/v1/audit-events?pageSize=100'],
  [professional, '/api/v1/me/trust-relationships?pageSize=3'], [coordinator, '/api/v1/workshops?pageSize=1'], [admin, '/api/v1/covenants?pageSize=1']]) {
  let next = path;
  for (let page = 0; next && page < 40; page++) {
    const r = await call(`page ${path}`, 200, 'GET', next, { auth: who });
    const href = r.json?.links?.next?.href;
    next = href ? href.replace(/^https?:\/\/[^/]+/, '') : null;
  }
}
// Every professional of the demo network as a coordinator and as a colleague sees them (memberships, end dates).
const all = await call('professionals', 200, 'GET', '/api/v1/professionals?pageSize=100&includeInactive=true', { auth: admin });
for (const p of (all.json?.items ?? []).slice(0, 40)) {
  await call('professional as admin', 200, 'GET', `/api/v1/professionals/${p.id}`, { auth: admin });
  await call('professional as colleague', undefined, 'GET', `/api/v1/professionals/${p.id}`, { auth: professional });
}
const orgs = await call('organisations', 200, 'GET', '/api/v1/organisations?pageSize=100&includeInactive=true', { auth: admin });
for (const o of (orgs.json?.items ?? []).slice(0, 20)) await call('organisation', 200, 'GET', `/api/v1/organisations/${o.id}`, { auth: admin });
await call('trust of a professional', 200, 'GET', '/api/v1/trust-relationships?pageSize=100', { auth: coordinator });
await call('routes', 200, 'GET', '/api/v1/routes?pageSize=100', { auth: admin });
await call('restricted reads', 200, 'GET', '/api/v1/me/restricted-reads', { auth: professional });
await call('network report json', 200, 'GET', '/api/v1/municipalities/GM9901/network-report', { auth: coordinator });

// Authentication and authorisation.
await call('no token', 401, 'GET', '/api/v1/organisations');
await call('bad token', 401, 'GET', '/api/v1/organisations', { auth: 'not-a-token' });
await call('professional creates an organisation', 403, 'POST', '/api/v1/organisations', {
  auth: professional, body: { name: 'X', kind: 'school', domains: ['education'], municipalities: ['GM9901'] },
});
await call('coordinator reads /me', 403, 'GET', '/api/v1/me', { auth: coordinator });
await call('system client writes', 403, 'POST', '/api/v1/organisations', {
  auth: system, body: { name: 'X', kind: 'school', domains: ['education'], municipalities: ['GM9901'] },
});
// Not found.
await call('unknown organisation', 404, 'GET', `/api/v1/organisations/${missing}`, { auth: coordinator });
await call('unknown professional', 404, 'GET', `/api/v1/professionals/${missing}`, { auth: coordinator });
await call('unknown route', 404, 'GET', `/api/v1/routes/${missing}`, { auth: coordinator });
await call('unknown domain', 404, 'GET', '/api/v1/domains/no-such-domain', { auth: coordinator });
await call('unknown municipality', 404, 'GET', '/api/v1/municipalities/GM0000', { auth: coordinator });
await call('trailing slash', 404, 'GET', '/api/v1/organisations/', { auth: coordinator });
await call('unknown path', 404, 'GET', '/api/v1/no-such-thing', { auth: coordinator });
// Invalid input.
await call('unknown query parameter', 400, 'GET', '/api/v1/organisations?updatedSince=2026-01-01T00:00:00Z', { auth: coordinator });
await call('unknown filter', 400, 'GET', '/api/v1/professionals?listingStatus=pending', { auth: coordinator });
await call('page size too large', 400, 'GET', '/api/v1/organisations?pageSize=1000', { auth: coordinator });
await call('page size zero', 400, 'GET', '/api/v1/organisations?pageSize=0', { auth: coordinator });
await call('bad cursor', 400, 'GET', '/api/v1/organisations?after=not-a-cursor', { auth: coordinator });
await call('bad boolean', 400, 'GET', '/api/v1/organisations?includeInactive=maybe', { auth: coordinator });
await call('missing fields', 400, 'POST', '/api/v1/organisations', { auth: coordinator, body: {} });
await call('unknown body field', 400, 'POST', '/api/v1/organisations', {
  auth: coordinator, body: { name: 'X', kind: 'school', domains: ['education'], municipalities: ['GM9901'], id: missing },
});
await call('not JSON', 400, 'POST', '/api/v1/organisations', { auth: coordinator, body: '{"name": ' });
await call('wrong media type', 415, 'POST', '/api/v1/organisations', { auth: coordinator, body: 'name=x', type: 'text/plain' });
await call('not acceptable', 406, 'GET', '/api/v1/organisations', { auth: coordinator, headers: { accept: 'application/xml' } });
await call('bad lookup', 400, 'POST', '/api/v1/lookups', { auth: professional, body: { concernType: 'radicalisation', clientName: 'x' } });
await call('bad search', 400, 'POST', '/api/v1/professionals/search', { auth: coordinator, body: { municipality: 12 } });
await call('bad trust', 400, 'POST', '/api/v1/trust-relationships', { auth: professional, body: {} });
// The change feed and the export (mirroring).
await call('changes without a token', 401, 'GET', '/api/v1/changes');
await call('export without a token', 401, 'GET', '/api/v1/export');
await call('changes with a cursor the API did not issue', 400, 'GET', '/api/v1/changes?after=not-a-cursor', { auth: system });
await call('changes with an unknown query parameter', 400, 'GET', '/api/v1/changes?since=2026-01-01T00:00:00Z', { auth: system });
await call('changes with page size zero', 400, 'GET', '/api/v1/changes?pageSize=0', { auth: system });
await call('changes with page size too large', 400, 'GET', '/api/v1/changes?pageSize=101', { auth: system });
await call('export with a query parameter', 400, 'GET', '/api/v1/export?after=x', { auth: system });
await call('changes as XML', 406, 'GET', '/api/v1/changes', { auth: system, headers: { accept: 'application/xml' } });
// The whole feed, page by page, for a coordinator and a colleague: every kind of entry the log holds so far.
for (const who of [coordinator, professional]) {
  let after = '';
  for (let page = 0; page < 40; page++) {
    const r = await call('changes page', 200, 'GET', `/api/v1/changes?pageSize=100${after}`, { auth: who });
    if (!r.json?.hasMore) break;
    after = `&after=${r.json.cursor}`;
  }
}
// Versions.
const created = await call('create for versions', 201, 'POST', '/api/v1/organisations', {
  auth: coordinator, body: { name: `Contract school ${Date.now()}`, kind: 'school', domains: ['education'], municipalities: ['GM9901'] },
});
const org = `/api/v1/organisations/${created.json?.id}`;
const input = { name: 'Contract school renamed', kind: 'school', domains: ['education'], municipalities: ['GM9901'] };
await call('put without If-Match', 428, 'PUT', org, { auth: coordinator, body: input });
await call('put with a stale If-Match', 412, 'PUT', org, { auth: coordinator, body: input, headers: { 'if-match': '"99"' } });
await call('patch without If-Match', 428, 'PATCH', org, { auth: coordinator, body: { kind: 'vo' }, type: 'application/merge-patch+json' });
await call('patch as JSON', 415, 'PATCH', org, { auth: coordinator, body: { kind: 'vo' }, headers: { 'if-match': '"1"' } });
await call('patch clearing a required field', 400, 'PATCH', org, {
  auth: coordinator, body: { name: null }, type: 'application/merge-patch+json', headers: { 'if-match': '"1"' },
});
const patched = await call('patch', 200, 'PATCH', org, {
  auth: coordinator, body: { kind: 'vo-school', contactPoints: null }, type: 'application/merge-patch+json', headers: { 'if-match': created.headers.get('etag') },
});
await call('not modified', 304, 'GET', org, { auth: coordinator, headers: { 'if-none-match': patched.headers.get('etag') } });
await call('deactivate with a stale version', 412, 'POST', `${org}/deactivate`, { auth: coordinator, headers: { 'if-match': '"99"' } });
await call('wrong method', 405, 'DELETE', '/api/v1/organisations', { auth: coordinator });

console.log(`error cases: ${sent} requests, ${failures.length} with an unexpected status`);
for (const f of failures) console.log(`  FAIL ${f}`);
process.exit(failures.length === 0 ? 0 : 1);
