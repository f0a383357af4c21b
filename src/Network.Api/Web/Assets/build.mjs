// Bundles the web app's styles (NL Design System components and the example municipality theme, from npm) and its
// small enhancement script into ../../wwwroot/web. Run by Network.Api.csproj before build when the inputs changed;
// never commit the output. The page references them with a content hash, so browsers may cache them for a year.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../wwwroot/web');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { site: path.join(here, 'src/site.css'), enhance: path.join(here, 'src/enhance.js') },
  outdir: out,
  bundle: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
});
// Compressed once here rather than on every request: a phone on a school's Wi-Fi gets about a tenth of the bytes.
for (const file of ['site.css', 'enhance.js']) {
  const bytes = await readFile(path.join(out, file));
  await writeFile(path.join(out, `${file}.br`), brotliCompressSync(bytes));
  await writeFile(path.join(out, `${file}.gz`), gzipSync(bytes, { level: 9 }));
}
console.log(`web assets bundled into ${path.relative(process.cwd(), out)}`);
