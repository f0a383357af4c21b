#!/usr/bin/env bash
# Issue 13's journey in headless Chromium, with real parts: the service, a real OpenID Connect provider
# (tests/oidc, panva's oidc-provider) and a real SMTP server (tests/smtp, a sink that keeps every message as JSON).
# A coordinator imports an attendance list and invites the newcomer; the invitation arrives by SMTP; the newcomer
# follows its link, signs in at the provider, consents to be listed and proposes trust; the colleague confirms and
# finds the newcomer in her lookup. axe-core checks every page of it. Screenshots in $ARTIFACTS_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../support/service.sh"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "Debian's chromium is missing: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
for dir in "$here" "$here/../oidc" "$here/../smtp"; do
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
  fi
done
artifacts="${ARTIFACTS_DIR:-$(mktemp -d)}"
work="$(mktemp -d)"
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; stop_service; rm -rf "$work"; }
trap cleanup EXIT

# Waits until a helper printed its "listening" line; prints what it said.
await_line() {
  for _ in $(seq 1 60); do
    if grep -q "$2" "$1" 2>/dev/null; then grep "$2" "$1"; return 0; fi
    sleep 0.5
  done
  echo "no '$2' from a helper; its log:" >&2; cat "$1" >&2; return 1
}

export SERVICE_PORT="$(free_port)"
smtp_port="$(free_port)"
node "$here/../smtp/sink.mjs" --port "$smtp_port" --dir "$work/mail" >"$work/smtp.log" 2>&1 &
pids+=($!)
node "$here/../oidc/provider.mjs" --port 0 --audience urn:network:api \
  --redirect-uri "http://127.0.0.1:$SERVICE_PORT/aanmelden/test/terug" >"$work/idp.log" 2>&1 &
pids+=($!)
await_line "$work/smtp.log" "listening" >/dev/null
issuer="$(await_line "$work/idp.log" "^listening " | sed 's/^listening //')"

export Auth__Providers__test__Authority="$issuer" Auth__Providers__test__DisplayName="Test-IdP" \
  Auth__Providers__test__ClientId=network-web Auth__Providers__test__ClientSecret=network-web-secret \
  Auth__Providers__test__RequireHttpsMetadata=false Auth__Providers__test__Audience=urn:network:api \
  Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port="$smtp_port" Mail__Smtp__UseStartTls=false \
  Mail__PublicBaseUrl="http://127.0.0.1:$SERVICE_PORT" Mail__PollInterval=00:00:01
start_service
trap cleanup EXIT # start_service set its own trap; this one stops the service too
node "$here/invitation.mjs" "$SERVICE_URL" "$work/mail" "$artifacts"
