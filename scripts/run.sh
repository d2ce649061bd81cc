#!/usr/bin/env bash
# Runs MedanUmkm: builds the client, starts the API on SQLite with the demo data set, and serves
# the client from the same origin. Usage: scripts/run.sh   (PORT=5080 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-5080}"

echo "==> Client: installing packages and building (client/dist)"
(cd client && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)

echo "==> API: building (Release)"
dotnet build api/MedanUmkm.Api.csproj -c Release --nologo -v quiet

cat <<MSG

  MedanUmkm is starting at   http://127.0.0.1:${PORT}
  Swagger UI:                http://127.0.0.1:${PORT}/swagger
  Database (SQLite):         data/medanumkm.db (demo data is added when it is empty)

  Demo accounts:
    admin    admin@medanumkm.go.id    / Admin#12345
    officer  officer@medanumkm.go.id  / Officer#12345
    viewer   viewer@medanumkm.go.id   / Viewer#12345

MSG
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Demo__Seed="${Demo__Seed:-true}"
export Client__DistPath="${Client__DistPath:-$PWD/client/dist}"
exec dotnet run --project api/MedanUmkm.Api.csproj -c Release --no-build --urls "http://127.0.0.1:${PORT}"
