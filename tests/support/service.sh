# Starts the Network service for script-driven tests (the GraphQL audit, the browser test); source it.
#   start_service   builds Release (unless NETWORK_SKIP_BUILD=1), starts it in Development on a free port with a
#                   fresh temporary SQLite database, waits for /health/ready and sets SERVICE_URL.
#   The service is stopped and its temporary folder removed when the calling script exits.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
API_DIR="$REPO_ROOT/src/Network.Api"

stop_service() {
  if [[ -n "${SERVICE_PID:-}" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  [[ -n "${SERVICE_TMP:-}" ]] && rm -rf "$SERVICE_TMP"
}

start_service() {
  if [[ "${NETWORK_SKIP_BUILD:-}" != "1" ]]; then
    dotnet build "$API_DIR" -c Release --nologo -v quiet >/dev/null || { echo "build failed" >&2; return 1; }
  fi
  SERVICE_TMP="$(mktemp -d)"
  trap stop_service EXIT
  local port="${SERVICE_PORT:-}" # set it when something else must know the address first (an IdP's callback)
  [[ -n "$port" ]] || port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  SERVICE_URL="http://127.0.0.1:$port"
  # The working directory is the content root, where wwwroot/graphiql (the IDE bundle) lives.
  (cd "$API_DIR" && ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Network="Data Source=$SERVICE_TMP/network.db" \
    exec dotnet bin/Release/net10.0/Network.Api.dll --urls "$SERVICE_URL") >"$SERVICE_TMP/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "$SERVICE_URL/health/ready" >/dev/null 2>&1; then
      echo "service ready at $SERVICE_URL"
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "service did not become ready; its log:" >&2
  cat "$SERVICE_TMP/service.log" >&2
  return 1
}
