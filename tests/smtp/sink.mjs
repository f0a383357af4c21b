// A test SMTP server for browser journeys: every message it receives is written as one JSON file
// ({ messageId, from, to, subject, text, html, links, receivedAt }) into --dir, so a test can read the invitation it
// triggered and follow its link. Plain SMTP on 127.0.0.1 (no TLS, any or no authentication): for tests only.
//
//   node tests/smtp/sink.mjs --port 2525 --dir /tmp/mail
//
// Prints "smtp sink listening on 127.0.0.1:<port>" once it accepts connections. Files are written under a temporary
// name and renamed, so a reader never sees half a message. Names sort in arrival order.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2525' },
    dir: { type: 'string', default: 'mail' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`smtp sink: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}
mkdirSync(values.dir, { recursive: true });

let received = 0;

/** Every http(s) link in the message: the HTML's hrefs first, then addresses in the text. */
function linksOf(mail) {
  const links = new Set();
  for (const m of (mail.html || '').matchAll(/href\s*=\s*"([^"]+)"/gi)) links.add(decodeEntities(m[1]));
  for (const m of (mail.text || '').matchAll(/https?:\/\/[^\s<>"]+/g)) links.add(m[0]);
  return [...links].filter((l) => /^https?:\/\//.test(l));
}

function decodeEntities(s) {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function addresses(field) {
  return (field?.value || []).map((a) => a.address);
}

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  onAuth(auth, session, callback) {
    callback(null, { user: auth.username || 'test' });
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received += 1;
        const name = `${String(Date.now()).padStart(15, '0')}-${String(received).padStart(6, '0')}`;
        const message = {
          messageId: mail.messageId || null,
          from: addresses(mail.from)[0] || null,
          to: addresses(mail.to),
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject || '',
          language: mail.headers.get('content-language') || null,
          text: mail.text || '',
          html: typeof mail.html === 'string' ? mail.html : '',
          links: linksOf(mail),
          receivedAt: new Date().toISOString(),
        };
        const temporary = join(values.dir, `.${name}.tmp`);
        writeFileSync(temporary, JSON.stringify(message, null, 2));
        renameSync(temporary, join(values.dir, `${name}.json`));
        callback();
      })
      .catch((error) => {
        console.error(`smtp sink: could not parse a message: ${error.message}`);
        callback(new Error('message could not be parsed'));
      });
  },
});

server.on('error', (error) => console.error(`smtp sink: ${error.message}`));
server.listen(port, values.host, () => {
  console.log(`smtp sink listening on ${values.host}:${server.server.address().port}, writing to ${values.dir}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
