#!/usr/bin/env bash
# Path speed beside networkx and igraph, in one run, on the same files: ca-AstroPh (largest component) and a generated
# collaboration graph (default 1M persons, 10M edges), the same seeded pairs file per graph for all three tools.
#   benchmarks/graph/run.sh [work-folder]
# Environment: GRAPH_PERSONS, GRAPH_EDGES, GRAPH_SEED (generator), GRAPH_PAIRS, GRAPH_K_PAIRS (queries),
# GRAPH_SKIP_NETWORKX_ABOVE (skip networkx on graphs with more edge lines than this; default: never skip).
# Needs Debian's python3-networkx and python3-igraph (apt-get install -y python3-networkx python3-igraph): it runs
# /usr/bin/python3, where Debian installs them. Not part of .ci/run.
set -euo pipefail
out=${1:-/tmp/expertgraph-graphbench}
persons=${GRAPH_PERSONS:-1000000}
edges=${GRAPH_EDGES:-10000000}
seed=${GRAPH_SEED:-1}
pairs=${GRAPH_PAIRS:-1000}
k_pairs=${GRAPH_K_PAIRS:-200}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${EXPERTGRAPH_SHARED_DATA:-$root/../shared/data}
python=/usr/bin/python3
here="$root/benchmarks/graph"
mkdir -p "$out"

dotnet build "$root/benchmarks/ExpertGraph.Benchmarks" -c Release -v quiet -nologo >/dev/null
bench="dotnet $root/benchmarks/ExpertGraph.Benchmarks/bin/Release/net10.0/ExpertGraph.Benchmarks.dll"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), dotnet $(dotnet --version)"
$python -c 'import sys, networkx, igraph; print(f"python {sys.version.split()[0]}, networkx {networkx.__version__}, igraph {igraph.__version__}")'

synthetic="$out/synthetic-$persons-$edges-seed$seed.txt"
if [ ! -f "$synthetic" ]; then
    $bench graph-generate --persons "$persons" --edges "$edges" --seed "$seed" --out "$synthetic"
fi

astroph="$shared/graphs/snap-ca-astroph/ca-AstroPh.lcc.txt"
[ -f "$astroph" ] || { echo "error: $astroph: no such file (set EXPERTGRAPH_SHARED_DATA to the shared data folder)" >&2; exit 1; }
declare -A files=([astroph]="$astroph" [synthetic]="$synthetic")
for graph in astroph synthetic; do
    file=${files[$graph]}
    echo "== $graph: $file ($(du -h "$file" | cut -f1))"
    if [ ! -f "$out/$graph.pairs" ]; then
        $bench graph-pairs --edges "$file" --count "$pairs" --seed 7 --out "$out/$graph.pairs"
    fi
    rm -f "$out/$graph".*.{log,err,hops,paths}
    # Each tool in its own process, one after the other, so none shares the cores or the memory with another.
    $bench graph-paths --edges "$file" --pairs "$out/$graph.pairs" --k 5 --k-pairs "$k_pairs" \
        --hops-out "$out/$graph.expertgraph.hops" --paths-out "$out/$graph.expertgraph.paths" \
        2> "$out/$graph.expertgraph.err" | tee "$out/$graph.expertgraph.log"
    lines=$(grep -vc '^[#%]' "$file" || true)
    if [ -n "${GRAPH_SKIP_NETWORKX_ABOVE:-}" ] && [ "$lines" -gt "$GRAPH_SKIP_NETWORKX_ABOVE" ]; then
        echo "networkx skipped: $lines edge lines > GRAPH_SKIP_NETWORKX_ABOVE" | tee "$out/$graph.networkx.err"
    else
        # A peer that runs out of memory is a result, not the end of the run.
        $python "$here/paths_networkx.py" "$file" "$out/$graph.pairs" --k 5 --k-pairs "$k_pairs" \
            --hops-out "$out/$graph.networkx.hops" --paths-out "$out/$graph.networkx.paths" \
            2> "$out/$graph.networkx.err" | tee "$out/$graph.networkx.log" || echo "networkx failed: $(tail -1 "$out/$graph.networkx.err")"
    fi
    $python "$here/paths_igraph.py" "$file" "$out/$graph.pairs" --distance-pairs "$k_pairs" \
        --hops-out "$out/$graph.igraph.hops" 2> "$out/$graph.igraph.err" | tee "$out/$graph.igraph.log" || echo "igraph failed: $(tail -1 "$out/$graph.igraph.err")"
done

$python "$here/compare.py" "$out" astroph synthetic | tee "$out/comparison.md"
