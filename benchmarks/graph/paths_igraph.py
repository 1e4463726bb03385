"""igraph beside the C# finder: one-pair get_shortest_paths for every pair, and one-pair distances on the first
--distance-pairs (distances runs a whole breadth-first search from the source, so it is slower).

    python3 paths_igraph.py EDGES PAIRS [--distance-pairs 200] [--hops-out F]

The graph is built from the same parsed edge list as networkx's, with vertex index = node id (the ids are small
non-negative ints; ids that do not occur are isolated vertices, which no search reaches), then simplified.
Same pairs, same warm-up and the same per-query timing as `graph-paths` (see pathbench.py).
"""
import argparse
import math
import time
import warnings

import igraph

import pathbench

TOOL = "igraph"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("pairs")
    parser.add_argument("--distance-pairs", type=int, default=200)
    parser.add_argument("--hops-out")
    arguments = parser.parse_args()

    start = time.perf_counter()
    edges = pathbench.read_edges(arguments.edges)
    vertices = 1 + max(max(a, b) for a, b in edges)
    graph = igraph.Graph(n=vertices, edges=edges, directed=False)
    del edges
    graph.simplify()
    nodes = sum(1 for degree in graph.degree() if degree > 0)
    pathbench.print_load(TOOL, time.perf_counter() - start, nodes, graph.ecount())

    pairs = pathbench.read_pairs(arguments.pairs)
    # An unreachable target is an empty path plus a RuntimeWarning per call: the answer is enough.
    warnings.simplefilter("ignore", RuntimeWarning)

    def fewest_hops(source, target):
        path = graph.get_shortest_paths(source, to=target, output="vpath")[0]
        return len(path) - 1 if path else -1

    hops, nanoseconds = pathbench.time_queries(fewest_hops, pairs, len(pairs))
    limited = [hop if 0 <= hop <= pathbench.HOP_LIMIT else -1 for hop in hops]
    pathbench.print_result(TOOL, "fewest-hops", nanoseconds, sum(1 for hop in limited if hop >= 0))
    pathbench.print_histogram(TOOL, limited)
    pathbench.write_hops(arguments.hops_out, pairs, hops)

    def distance(source, target):
        value = graph.distances(source=source, target=target)[0][0]
        return -1 if math.isinf(value) else int(value)

    subset = pairs[:arguments.distance_pairs]
    distances, nanoseconds = pathbench.time_queries(distance, subset, pathbench.PATHS_WARM_UP)
    pathbench.print_result(TOOL, "distances", nanoseconds, sum(1 for value in distances if 0 <= value <= pathbench.HOP_LIMIT))
    mismatches = [pair for pair, value, hop in zip(subset, distances, hops) if value != hop]
    if mismatches:
        pathbench.log(f"igraph: distances and get_shortest_paths disagree on {len(mismatches)} pairs, first {mismatches[0]}")


if __name__ == "__main__":
    main()
