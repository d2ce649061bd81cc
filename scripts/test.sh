#!/usr/bin/env bash
# Runs every test: .NET (API on real migrated SQLite files, dialect and migration checks),
# client unit tests, the client build with its bundle-size budget, and the end-to-end journeys
# in headless Debian chromium against the real API. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

STAGE_NAME=""
STAGE_START=0
stage_done() {
  if [ -n "$STAGE_NAME" ]; then
    printf '<== %s: %ss wall\n' "$STAGE_NAME" "$(( $(date +%s) - STAGE_START ))"
  fi
  STAGE_NAME=""
}
step() { stage_done; STAGE_NAME="$*"; STAGE_START=$(date +%s); printf '\n==> %s\n' "$*"; }
trap stage_done EXIT # the end-to-end stage's cleanup takes this over

if ! command -v chromium >/dev/null 2>&1; then
  step "Installing Debian chromium (end-to-end browser)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

step ".NET: build"
dotnet build MedanUmkm.sln -c Release --nologo -v quiet

step ".NET: tests"
dotnet test MedanUmkm.sln -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"

# The time-sensitive tests again at a bad hour: 00:30 WIB, when the UTC date is still yesterday's.
BAD_HOUR="${MEDANUMKM_TEST_BAD_HOUR:-$(date -u +%Y-%m-%d)T17:30:00Z}"
step ".NET: Clock tests at $BAD_HOUR (00:30 WIB)"
MEDANUMKM_TEST_NOW="$BAD_HOUR" dotnet test tests/MedanUmkm.Api.Tests -c Release --no-build --nologo -v quiet \
  --logger "console;verbosity=minimal" --filter "TestCategory=Clock"

step "Client: install, unit tests, build (with bundle budget)"
cd "$ROOT/client"
npm ci --no-audit --no-fund --loglevel=error
npm run lint
npm run lint:openapi
npm test
npm run build

step "Deployable output: publish, start it in Production on a fresh database, probe it"
cd "$ROOT"
PUB_DIR="$(mktemp -d)"
CLIENT_DIST=client/dist PUBLISH_NO_BUILD=1 scripts/publish.sh "$PUB_DIR/medanumkm"
scripts/probe-published.sh "$PUB_DIR/medanumkm"
rm -rf "$PUB_DIR"

step "End-to-end: API with demo data on a fresh SQLite file, journeys in headless chromium"
E2E_DIR="$(mktemp -d)"
PORT="${E2E_PORT:-5099}"
cd "$ROOT"
ASPNETCORE_ENVIRONMENT=Development Demo__Seed=true \
  Database__ConnectionString="Data Source=$E2E_DIR/e2e.db" Client__DistPath="$ROOT/client/dist" \
  RateLimits__PerMinute=100000 RateLimits__LoginPerMinute=1000 \
  dotnet run --project api/MedanUmkm.Api.csproj -c Release --no-build --urls "http://127.0.0.1:$PORT" \
  >"$E2E_DIR/api.log" 2>&1 &
API_PID=$!
cleanup() { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; rm -rf "$E2E_DIR"; stage_done; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$API_PID" 2>/dev/null; then cat "$E2E_DIR/api.log"; echo "API did not start"; exit 1; fi
  sleep 0.5
done
cd "$ROOT/client"
step "Dashboard render time and first-visit bytes in headless chromium (median of 5 under 1 s; under 250 KB on the wire)"
E2E_BASE_URL="http://127.0.0.1:$PORT" npm run --silent measure:dashboard

step "Lighthouse (mobile preset, default throttling): catalog and sign-in page, performance >= 90, LCP < 2.5 s, a11y and best practices 100"
E2E_BASE_URL="http://127.0.0.1:$PORT" npm run --silent lighthouse

step "End-to-end journeys"
E2E_BASE_URL="http://127.0.0.1:$PORT" npm run e2e

step "Integrator smoke: Kiota C# client from client/openapi.json against the e2e API"
cd "$ROOT"
scripts/client-smoke.sh "http://127.0.0.1:$PORT"
