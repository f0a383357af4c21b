import { GraphiQL } from 'graphiql';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { DemoTokenPicker } from './DemoTokenPicker.jsx';
import { createFetcher } from './fetcher.js';

// Monaco's workers are bundled next to this file by build.mjs (no CDN on these machines).
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(new URL(`./workers/${name}.worker.js`, import.meta.url));
  },
};

const defaultQuery = `# The Network directory over GraphQL. In Development, pick a demo login above,
# then run this with Ctrl-Enter.
{
  viewer { role municipalities }
  organisations(first: 3) {
    totalCount
    edges { node { id name kind municipalities } }
  }
}
`;

function App() {
  const token = useRef(null);
  const [fetcher] = useState(() => createFetcher(() => token.current));
  const initialQuery = new URLSearchParams(location.search).get('query') ?? undefined;
  return (
    <>
      <DemoTokenPicker onToken={t => (token.current = t)} />
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} initialQuery={initialQuery} />
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
