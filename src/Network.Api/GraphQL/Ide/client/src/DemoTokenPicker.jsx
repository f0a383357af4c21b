import { useEffect, useState } from 'react';

// Development only: the service lists its demo logins at GET /dev/users and signs a token at POST /dev/token.
// Elsewhere those routes answer 404 and this bar stays hidden; send your own Authorization header instead.
export function DemoTokenPicker({ onToken }) {
  const [users, setUsers] = useState(null);
  const [current, setCurrent] = useState('');
  const [status, setStatus] = useState('Anonymous: only schema introspection is answered.');

  useEffect(() => {
    fetch('/dev/users').then(r => (r.ok ? r.json() : null)).then(setUsers, () => setUsers(null));
  }, []);

  async function pick(login) {
    setCurrent(login);
    if (!login) {
      onToken(null);
      setStatus('Anonymous: only schema introspection is answered.');
      return;
    }
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: login }),
    });
    if (!response.ok) {
      setStatus(`Could not get a token (HTTP ${response.status}).`);
      return;
    }
    const token = await response.json();
    onToken(token.accessToken);
    setStatus(`Signed in as ${token.user} (${token.role}); the token is sent as Authorization: Bearer.`);
  }

  if (!users) return null;
  return (
    <div className="demo-token-picker" style={{ display: 'flex', gap: '0.75em', alignItems: 'center', padding: '0.4em 1em', font: '14px system-ui, sans-serif', borderBottom: '1px solid #ddd' }}>
      <label htmlFor="demo-login" style={{ whiteSpace: 'nowrap' }}>Demo login</label>
      <select id="demo-login" value={current} onChange={e => pick(e.target.value)} style={{ maxWidth: '32em' }}>
        <option value="">(anonymous)</option>
        {users.map(u => (
          <option key={u.login} value={u.login}>{`${u.login}: ${u.description}`}</option>
        ))}
      </select>
      <span className="demo-token-status">{status}</span>
    </div>
  );
}
