// A recording HTTP proxy: forwards every request to UPSTREAM unchanged and appends the exchange (method, URL,
// headers and bodies of both sides, status) as one JSON line to RECORD. validate.mjs then checks each one against
// the served OpenAPI document. Usage: node record-proxy.mjs UPSTREAM_URL PORT RECORD_FILE
import http from 'node:http';
import fs from 'node:fs';

const [upstream, port, record] = process.argv.slice(2);
const target = new URL(upstream);
const out = fs.createWriteStream(record, { flags: 'a' });

const server = http.createServer((req, res) => {
  const requestChunks = [];
  req.on('data', c => requestChunks.push(c));
  req.on('end', () => {
    const requestBody = Buffer.concat(requestChunks);
    const headers = { ...req.headers, host: target.host };
    const forward = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      answer => {
        const responseChunks = [];
        answer.on('data', c => responseChunks.push(c));
        answer.on('end', () => {
          const responseBody = Buffer.concat(responseChunks);
          out.write(JSON.stringify({
            method: req.method,
            url: req.url,
            requestHeaders: req.headers,
            requestBody: requestBody.toString('utf8'),
            status: answer.statusCode,
            responseHeaders: answer.headers,
            responseBody: responseBody.toString('utf8'),
          }) + '\n');
          const raw = [];
          for (let i = 0; i < answer.rawHeaders.length; i += 2) {
            const name = answer.rawHeaders[i].toLowerCase();
            if (['transfer-encoding', 'connection', 'content-length'].includes(name)) continue;
            raw.push(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
          }
          if (answer.statusCode !== 304 && answer.statusCode !== 204) raw.push('Content-Length', String(responseBody.length));
          res.writeHead(answer.statusCode, raw);
          res.end(responseBody);
        });
      });
    forward.on('error', e => { res.writeHead(502); res.end(`proxy: ${e.message}`); });
    forward.end(requestBody);
  });
});
server.listen(Number(port), '127.0.0.1', () => console.log(`recording proxy on ${port} -> ${upstream}`));
process.on('SIGTERM', () => { out.end(() => process.exit(0)); });
