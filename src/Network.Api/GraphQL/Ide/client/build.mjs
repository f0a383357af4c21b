// Bundles GraphiQL (ESM-only, Monaco workers) into ../../../wwwroot/graphiql so the IDE works offline.
// Run by Network.Api.csproj before build when the inputs changed; never commit the output.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../../wwwroot/graphiql');
const common = { bundle: true, minify: true, legalComments: 'linked', logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } };

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  ...common,
  entryPoints: [path.join(here, 'src/main.jsx')],
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
});

// Monaco runs its language services in web workers; each is its own classic-script bundle.
const workers = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};
await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(workers).map(([name, entry]) => [`workers/${name}.worker`, entry])),
  outdir: out,
  format: 'iife',
});

await copyFile(path.join(here, 'index.html'), path.join(out, 'index.html'));
console.log(`GraphiQL bundled into ${path.relative(process.cwd(), out)}`);
