#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: graphql-http's auditServer against a live service; fails on any error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../support/service.sh"

if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
start_service
node "$here/audit.mjs" "$SERVICE_URL/graphql"
