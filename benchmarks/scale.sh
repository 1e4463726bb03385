#!/usr/bin/env bash
# Scale harness: ingest throughput and peak memory on a synthetic corpus of N works, beside its peer measured in the
# same run (the readers alone: the floor any ingest pays). Each phase runs in its own process so its peak RSS is its own.
#   benchmarks/scale.sh 100000 [work-folder] [seed]
# With SCALE_POSTGRES=postgres://user@host:port/database the same corpus is also ingested into that PostgreSQL database
# (dropped and created again first; the role must be allowed to), right after the SQLite ingest, so both figures come
# from one run on one machine.
# Needs ../shared/data (real name, institution and word distributions). Not part of .ci/run.
set -euo pipefail
works=${1:?number of works}
work=${2:-/tmp/expertgraph-scale}
seed=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${EXPERTGRAPH_SHARED_DATA:-$root/../shared/data}
dotnet build "$root/benchmarks/ExpertGraph.Benchmarks" -c Release -v quiet -nologo >/dev/null
bench="dotnet $root/benchmarks/ExpertGraph.Benchmarks/bin/Release/net10.0/ExpertGraph.Benchmarks.dll"

corpus="$work/corpus-$works-seed$seed"
if [ ! -d "$corpus" ]; then $bench scale-generate "$works" "$corpus" "$seed" "$shared"; fi
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1))"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), dotnet $(dotnet --version)"

$bench scale-phase parse "$corpus"
rm -rf "$work/data-$works"
$bench scale-phase ingest "$corpus" "$work/data-$works"
du -sh "$work/data-$works"/expertgraph.db* "$work/data-$works/index" | sed 's/^/size: /'
# The exact-key resolver on the same corpus: what the model resolver costs (SCALE_SKIP_EXACT=1 leaves it out).
if [ -z "${SCALE_SKIP_EXACT:-}" ]; then
    rm -rf "$work/data-$works-exact"
    $bench scale-phase ingest-exact "$corpus" "$work/data-$works-exact"
    rm -rf "$work/data-$works-exact"
fi

if [ -n "${SCALE_POSTGRES:-}" ]; then
    db=${SCALE_POSTGRES##*/}; db=${db%%\?*}
    admin=${SCALE_POSTGRES%/*}/postgres
    psql "$admin" -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
    rm -rf "$work/data-$works-pg"
    EXPERTGRAPH_STORE="$SCALE_POSTGRES" $bench scale-phase ingest "$corpus" "$work/data-$works-pg"
    psql "$SCALE_POSTGRES" -At -c "SELECT 'size: ' || pg_size_pretty(pg_database_size(current_database())) || E'\tPostgreSQL database ' || current_database()"
    du -sh "$work/data-$works-pg/index" | sed 's/^/size: /'
fi
