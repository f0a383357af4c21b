// Runs graphql-http's GraphQL-over-HTTP audits against a live /graphql and prints every result.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql   Exits 1 on any error (a failed MUST).
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  if (result.status !== 'ok') {
    const detail = result.response ? ` (HTTP ${result.response.status})` : '';
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${detail}`);
  }
}
console.log(`graphql-http audit of ${url}: ${results.length} audits, ${counts.ok} ok, ${counts.warn} warnings, ${counts.error} errors`);
process.exit(counts.error > 0 ? 1 : 0);
