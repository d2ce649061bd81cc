#!/usr/bin/env bash
# The integrator's smoke check: generates a C# client with Kiota (the version pinned in
# .config/dotnet-tools.json) from the committed client/openapi.json, builds the smoke program
# tests/MedanUmkm.ClientSmoke with it, and runs it against a running API.
#   scripts/client-smoke.sh http://127.0.0.1:5099 [admin e-mail] [admin password]
# Exits non-zero when the client does not generate or compile, or any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL="${1:?usage: scripts/client-smoke.sh BASE_URL [EMAIL] [PASSWORD]}"
EMAIL="${2:-admin@medanumkm.go.id}"
PASSWORD="${3:-Admin#12345}"
SMOKE=tests/MedanUmkm.ClientSmoke
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true

dotnet tool restore >/dev/null
# Generated/ is ignored by git: the client always comes from the committed document.
dotnet kiota generate --language CSharp --openapi client/openapi.json --output "$SMOKE/Generated" \
  --namespace-name MedanUmkm.Client --class-name MedanUmkmClient --exclude-backward-compatible \
  --clean-output --log-level Error
dotnet build "$SMOKE" -c Release --nologo -v quiet
dotnet run --project "$SMOKE" -c Release --no-build -- "$BASE_URL" "$EMAIL" "$PASSWORD"
