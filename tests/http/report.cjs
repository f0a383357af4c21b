// Reads httpyac's --json result, prints one line per request and the counts, and exits 1 on any failure.
'use strict';
const fs = require('fs');

let result;
try {
  result = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
} catch (e) {
  console.log(`httpyac gave no readable result: ${e.message}`);
  console.log('E2E-COUNTS passed=0 failed=1');
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const request of result.requests || []) {
  const s = request.summary || {};
  const ok = (s.failedTests || 0) === 0 && (s.erroredTests || 0) === 0 && (s.totalTests || 0) > 0
    && request.response !== undefined;
  ok ? passed++ : failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${request.response ? request.response.statusCode : '---'} ${request.name}`);
  if (!ok) {
    if ((s.totalTests || 0) === 0) console.log('       no assertions: every request in api.http must assert its status and body');
    for (const t of request.testResults || []) {
      if (t.status !== 'SUCCESS') console.log(`       ${t.status}: ${t.message}${t.error && t.error.message ? ` (${t.error.message})` : ''}`);
    }
  }
}
const total = result.summary || {};
if ((total.totalRequests || 0) === 0) failed++;
console.log(`api.http: ${passed} of ${passed + failed} requests passed (${total.successTests || 0} of ${total.totalTests || 0} assertions)`);
console.log(`E2E-COUNTS passed=${passed} failed=${failed}`);
process.exit(failed === 0 ? 0 : 1);
