#!/usr/bin/env bash
# Performance harness: builds Release, generates the scale data set (cached), starts the API on
# 127.0.0.1 against a copy of it, and prints requests/s and latency percentiles side by side.
# Every scenario is bounded in time; nothing leaves the machine. Not part of the test run.
#   benchmarks/run.sh                                   # 100,000 businesses, 10 s per scenario
#   SCALE=20000 SECONDS_PER=3 benchmarks/run.sh         # reduced scale
#   ONLY=dashboard,import benchmarks/run.sh             # only the scenarios whose name contains one of the words
#   BASELINE_REF=main benchmarks/run.sh                 # also run the build of another commit on the same
#                                                       # data set first, and print before/after side by side
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-100000}
SECONDS_PER=${SECONDS_PER:-10}
IMPORT_ROWS=${IMPORT_ROWS:-100000}
PORT=${PORT:-5199}
TODAY=${TODAY:-2026-11-27}
BASELINE_REF=${BASELINE_REF:-}
ONLY=${ONLY:-}   # e.g. ONLY=dashboard,import: just those scenarios
OUT=benchmarks/results
mkdir -p "$OUT"

dotnet build api/MedanUmkm.Api.csproj -c Release -v q -nologo
dotnet build tools/MedanUmkm.ScaleData/MedanUmkm.ScaleData.csproj -c Release -v q -nologo
dotnet build benchmarks/MedanUmkm.LoadTest/MedanUmkm.LoadTest.csproj -c Release -v q -nologo
GEN=tools/MedanUmkm.ScaleData/bin/Release/net10.0/MedanUmkm.ScaleData.dll
LOAD=benchmarks/MedanUmkm.LoadTest/bin/Release/net10.0/MedanUmkm.LoadTest.dll

# The generator is idempotent: on an existing file it only migrates (new indexes) and skips filled tables.
SCALE_DB="$OUT/scale-$SCALE.db"
/usr/bin/time -f "generator: %e s wall, %M KB peak" dotnet "$GEN" --db "$SCALE_DB" --businesses "$SCALE" --today "$TODAY"
IMPORT_CSV="$OUT/import-$IMPORT_ROWS.csv"
if [ ! -f "$IMPORT_CSV" ]; then
  # --lean: without the optional npwp/email/foundedYear columns, so 100,000 rows fit the 20 MB limit.
  # NIBs with prefix 93 are not in the scale data set (91...): the import creates every row.
  dotnet "$GEN" csv --out "$IMPORT_CSV" --rows "$IMPORT_ROWS" --nib-prefix 93 --lean
fi

# Text search must use the FTS index (not a scan of Businesses / Products).
if command -v sqlite3 >/dev/null; then
  echo "query plans (business text search + 2 filters; catalog text search):"
  sqlite3 "$SCALE_DB" "EXPLAIN QUERY PLAN SELECT b.Id FROM Businesses b WHERE b.Id IN (SELECT rowid FROM BusinessSearch WHERE BusinessSearch MATCH '\"kopi\"') AND b.KecamatanCode = '12.71.01' AND b.Sector = 'food_beverage' ORDER BY b.Name, b.Id LIMIT 25;"
  sqlite3 "$SCALE_DB" "EXPLAIN QUERY PLAN SELECT p.Id FROM Products p JOIN Businesses b ON b.Id = p.BusinessId WHERE p.Id IN (SELECT rowid FROM CatalogSearch WHERE CatalogSearch MATCH '\"kopi\"') AND p.IsActive = 1 AND b.EkatalogStatus = 'listed' AND b.Status = 'active' ORDER BY p.Name, p.Id LIMIT 25;"
fi

run() { # label api-dll [extra LoadTest arguments]
  local RUN_DB="$OUT/run-$SCALE-$1.db"
  rm -f "$OUT/$1.json"
  rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"
  cp "$SCALE_DB" "$RUN_DB"   # each run on a fresh copy: updates and the import do not change the cached data set
  if [ "$1" = before ]; then sqlite3 "$RUN_DB" < benchmarks/baseline-undo.sql; fi
  echo "== $1: $2; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  timeout 1800 dotnet "$LOAD" --api-dll "$2" --db "$RUN_DB" --port "$PORT" --seconds "$SECONDS_PER" --businesses "$SCALE" \
    --import-csv "$IMPORT_CSV" --json "$OUT/$1.json" ${ONLY:+--only "$ONLY"} "${@:3}" | tee "$OUT/$1.txt"
  echo "== $1 done; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"
}

echo "scale: $SCALE businesses, $SECONDS_PER s per scenario (+1 s warm-up), import of $IMPORT_ROWS rows; machine: $(nproc) cores"
if [ -n "$BASELINE_REF" ]; then
  BASE_SRC="$OUT/baseline-src"
  if [ "$(cat "$BASE_SRC/.ref" 2>/dev/null)" != "$(git rev-parse "$BASELINE_REF")" ]; then
    rm -rf "$BASE_SRC" && mkdir -p "$BASE_SRC"
    git archive "$BASELINE_REF" | tar -x -C "$BASE_SRC"
    git rev-parse "$BASELINE_REF" > "$BASE_SRC/.ref"
  fi
  dotnet build "$BASE_SRC/api/MedanUmkm.Api.csproj" -c Release -v q -nologo -clp:ErrorsOnly
  run before "$BASE_SRC/api/bin/Release/net10.0/MedanUmkm.Api.dll" || echo "== before: the run failed (see above)"
fi
run after api/bin/Release/net10.0/MedanUmkm.Api.dll
# The dashboard is cached between writes (Dashboard:CacheSeconds); its computation, what the first
# request after every write pays, is measured with the cache off.
if [ -z "$ONLY" ] || [[ "$ONLY" == *dashboard* ]]; then
  ONLY=dashboard run after-uncached api/bin/Release/net10.0/MedanUmkm.Api.dll --api-env Dashboard__CacheSeconds=0
fi
if [ -n "$BASELINE_REF" ]; then
  echo "before = $BASELINE_REF ($(git rev-parse --short "$BASELINE_REF")), after = $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes')"
  [ -f "$OUT/before.json" ] && dotnet "$LOAD" compare "$OUT/before.json" "$OUT/after.json" | tee "$OUT/compare.txt"
fi
