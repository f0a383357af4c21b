// Which operation of the OpenAPI document a recorded request path belongs to: the server prefixes (/api/v1) and
// the path templates, literal segments first so /organisations/export wins over /organisations/{id}.
export function routeResolver(doc) {
  const prefixes = (doc.servers ?? [{ url: '/' }]).map(s => new URL(s.url, 'http://server').pathname.replace(/\/$/, ''));
  const templates = Object.keys(doc.paths ?? {}).map(template => ({
    template,
    literals: template.split('/').filter(s => s && !s.startsWith('{')).length,
    regex: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)') + '$'),
    names: [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1]),
  })).sort((a, b) => b.literals - a.literals);
  const longestFirst = [...new Set(prefixes)].sort((a, b) => b.length - a.length);
  return pathname => {
    for (const prefix of longestFirst) {
      if (!pathname.startsWith(prefix)) continue;
      const rest = pathname.slice(prefix.length) || '/';
      for (const t of templates) {
        const m = t.regex.exec(rest);
        if (m) return { template: t.template, values: Object.fromEntries(t.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
      }
    }
    return null;
  };
}

export const mediaOf = h => (h ?? '').split(';')[0].trim().toLowerCase();
export const isJson = m => m === 'application/json' || m.endsWith('+json');
