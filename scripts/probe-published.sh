#!/usr/bin/env bash
# Starts a published MedanUmkm folder (scripts/publish.sh) the way a server runs it (Production, a
# fresh SQLite file, a bootstrap admin, no demo data) and probes it: ready, the client's page, a
# sign-in, one list, and what Production must not show. Usage: scripts/probe-published.sh PUBLISHED_DIR
set -euo pipefail
PUB="$(realpath "$1")"
WORK="$(mktemp -d)"
PORT="${PROBE_PORT:-5098}"
BASE="http://127.0.0.1:$PORT"
EMAIL="probe-admin@medanumkm.example"
PASSWORD="Probe#$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

cd "$PUB"
ASPNETCORE_ENVIRONMENT=Production \
  Database__ConnectionString="Data Source=$WORK/probe.db" \
  Imports__Directory="$WORK/imports" \
  Auth__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
  Bootstrap__AdminEmail="$EMAIL" Bootstrap__AdminPassword="$PASSWORD" \
  dotnet MedanUmkm.Api.dll --urls "$BASE" >"$WORK/api.log" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "PROBE FAILED: $*" >&2; tail -n 30 "$WORK/api.log" >&2; exit 1; }

for _ in $(seq 1 120); do
  curl -fsS "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || fail "the published API did not start"
  sleep 0.5
done
curl -fsS "$BASE/health/ready" | grep -q 'Healthy' || fail "/health/ready is not Healthy"
echo "ok  /health/ready is Healthy"

curl -fsS "$BASE/" | grep -qi 'id="root"' || fail "the client's index.html is not served from the published folder"
echo "ok  / serves the client from the published folder"

status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/businesses")
[ "$status" = 401 ] || fail "an anonymous list answered $status, not 401"
echo "ok  anonymous list: 401"

status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/swagger/v1/swagger.json")
[ "$status" = 404 ] || fail "the OpenAPI document answered $status in Production (expected 404: off unless Swagger__Enabled)"
echo "ok  Swagger is off in Production"

body=$(printf '{"email":"%s","password":"%s"}' "$EMAIL" "$PASSWORD")
token=$(curl -fsS -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/auth/token" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
[ "${#token}" -gt 40 ] || fail "the bootstrap admin could not sign in"
echo "ok  the bootstrap admin signed in"

list=$(curl -fsS -H "Authorization: Bearer $token" "$BASE/api/v1/businesses?pageSize=5")
echo "$list" | grep -q '"totalCount":0' || fail "the fresh database's business list is not an empty page: $list"
echo "ok  GET /api/v1/businesses on the fresh database: an empty page"

grep -q '^{' "$WORK/api.log" || fail "the Production log is not JSON lines"
if grep -qF "$PASSWORD" "$WORK/api.log"; then fail "the admin's password appears in the log"; fi
echo "ok  JSON logs, without the password"
