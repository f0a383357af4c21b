// Opens the GraphiQL page in headless Chromium, checks that it loads the schema, picks a demo token, runs a
// query and sees the result; saves a screenshot. Usage: node graphiql.mjs <service url> <artifacts folder>
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const [base, artifacts = 'artifacts'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node graphiql.mjs <service url> [artifacts folder]');
  process.exit(2);
}
const query = '{ organisations(first: 3) { totalCount } }';
const fail = message => { throw new Error(message); };
const isGraphQL = (response, text) =>
  new URL(response.url()).pathname === '/graphql' && (response.request().postData() ?? '').includes(text);

await mkdir(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const pageErrors = [];
page.on('pageerror', e => pageErrors.push(e.message));
// What the Content-Security-Policy blocks (the IDE's bundled fonts, once) shows up as a console error.
const blocked = [];
page.on('console', m => { if (m.type() === 'error' && m.text().includes('Content Security Policy')) blocked.push(m.text()); });
try {
  const schemaLoaded = page.waitForResponse(r => isGraphQL(r, '__schema'), { timeout: 60_000 });
  await page.goto(`${base}/graphql/ui?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  const schema = await (await schemaLoaded).json();
  if (schema.data?.__schema?.queryType?.name !== 'Query') fail(`introspection failed: ${JSON.stringify(schema).slice(0, 300)}`);
  console.log(`schema loaded: ${schema.data.__schema.types.length} types`);

  await page.selectOption('#demo-login', 'coordinator.amberveen');
  await page.getByText('Signed in as coordinator.amberveen').waitFor({ timeout: 30_000 });

  const ran = page.waitForResponse(r => isGraphQL(r, 'totalCount'), { timeout: 30_000 });
  await page.locator('.graphiql-execute-button').click();
  const response = await ran;
  const result = await response.json();
  if (!response.request().headers().authorization?.startsWith('Bearer ')) fail('the query was sent without the demo token');
  if (typeof result.data?.organisations?.totalCount !== 'number') fail(`query failed: ${JSON.stringify(result).slice(0, 300)}`);

  await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('totalCount'), null, { timeout: 30_000 });
  console.log(`query ran: organisations.totalCount = ${result.data.organisations.totalCount}, shown in the response pane`);

  // The documentation explorer is built from the loaded schema.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.getByText('OrganisationConnection', { exact: true }).waitFor({ timeout: 30_000 });
  console.log('documentation explorer shows the schema');
  if (pageErrors.length > 0) fail(`errors in the page: ${pageErrors.join('; ')}`);
  if (blocked.length > 0) fail(`the Content-Security-Policy blocked: ${blocked.slice(0, 3).join('; ')}`);
  console.log('nothing blocked by the Content-Security-Policy');
} finally {
  const shot = path.join(artifacts, 'graphiql.png');
  await page.screenshot({ path: shot }).catch(() => {});
  console.log(`screenshot: ${shot}`);
  await browser.close();
}
