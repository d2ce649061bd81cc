#!/usr/bin/env bash
# Performance harness: builds Release, generates the scale data set (cached), starts the API on
# 127.0.0.1 against a copy of it, and prints requests/s and latency percentiles side by side.
# Every scenario is bounded in time; nothing leaves the machine. Not part of the test run.
#   benchmarks/run.sh                                   # 100,000 businesses, 10 s per scenario
#   SCALE=20000 SECONDS_PER=3 benchmarks/run.sh         # reduced scale
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-100000}
SECONDS_PER=${SECONDS_PER:-10}
IMPORT_ROWS=${IMPORT_ROWS:-100000}
PORT=${PORT:-5199}
OUT=benchmarks/results
mkdir -p "$OUT"

dotnet build api/MedanUmkm.Api.csproj -c Release -v q -nologo
dotnet build tools/MedanUmkm.ScaleData/MedanUmkm.ScaleData.csproj -c Release -v q -nologo
dotnet build benchmarks/MedanUmkm.LoadTest/MedanUmkm.LoadTest.csproj -c Release -v q -nologo

SCALE_DB="$OUT/scale-$SCALE.db"
if [ ! -f "$SCALE_DB" ]; then
  dotnet tools/MedanUmkm.ScaleData/bin/Release/net10.0/MedanUmkm.ScaleData.dll --db "$SCALE_DB" --businesses "$SCALE"
fi
IMPORT_CSV="$OUT/import-$IMPORT_ROWS.csv"
if [ ! -f "$IMPORT_CSV" ]; then
  # --lean: without the optional npwp/email/foundedYear columns, so 100,000 rows fit the 20 MB limit.
  # NIBs with prefix 93 are not in the scale data set (91...): the import creates every row.
  dotnet tools/MedanUmkm.ScaleData/bin/Release/net10.0/MedanUmkm.ScaleData.dll csv --out "$IMPORT_CSV" --rows "$IMPORT_ROWS" --nib-prefix 93 --lean
fi

# Each run works on a fresh copy, so updates and the import do not change the cached data set.
RUN_DB="$OUT/run-$SCALE.db"
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"
cp "$SCALE_DB" "$RUN_DB"

echo "scale: $SCALE businesses, $SECONDS_PER s per scenario (+1 s warm-up), import of $IMPORT_ROWS rows; machine: $(nproc) cores"
timeout 1800 dotnet benchmarks/MedanUmkm.LoadTest/bin/Release/net10.0/MedanUmkm.LoadTest.dll \
  --api-dll api/bin/Release/net10.0/MedanUmkm.Api.dll --db "$RUN_DB" --port "$PORT" \
  --seconds "$SECONDS_PER" --businesses "$SCALE" --import-csv "$IMPORT_CSV" | tee "$OUT/last-run.txt"
