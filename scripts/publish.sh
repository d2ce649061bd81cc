#!/usr/bin/env bash
# Builds the deployable output: the API (framework-dependent, Release) with the built client beside it.
#   scripts/publish.sh [OUT]            OUT defaults to out/medanumkm
#   CLIENT_DIST=client/dist scripts/publish.sh OUT   reuses a client build instead of building it
#   PUBLISH_NO_BUILD=1 ...                          publishes the Release build already made (the test command)
# Run it with:  cd OUT && ASPNETCORE_ENVIRONMENT=Production dotnet MedanUmkm.Api.dll
# (see README, Operations: "Deploying"; scripts/systemd/medanumkm.service is a unit for it).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:-out/medanumkm}")"

if [ -z "${CLIENT_DIST:-}" ]; then
  echo "==> Client: installing packages and building"
  (cd client && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
  CLIENT_DIST=client/dist
fi
[ -f "$CLIENT_DIST/index.html" ] || { echo "no client build at $CLIENT_DIST" >&2; exit 1; }

echo "==> API: dotnet publish (Release) to $OUT"
rm -rf "$OUT"
NO_BUILD=()
[ -n "${PUBLISH_NO_BUILD:-}" ] && NO_BUILD=(--no-build)
dotnet publish api/MedanUmkm.Api.csproj -c Release -o "$OUT" --nologo -v quiet "${NO_BUILD[@]}"
cp -r "$CLIENT_DIST" "$OUT/client"
# No development settings, databases or secrets in the output.
rm -f "$OUT/appsettings.Development.json"
find "$OUT" -maxdepth 1 \( -name '*.db' -o -name '*.db-*' \) -delete
echo "==> Published to $OUT ($(du -sh "$OUT" | cut -f1))"
