"""networkx beside the C# finder: bidirectional_shortest_path per pair, and the first k of shortest_simple_paths.

    python3 paths_networkx.py EDGES PAIRS [--k 5] [--k-pairs 200] [--hops-out F] [--paths-out F]

Same pairs, same warm-up and the same per-query timing as `graph-paths` (see pathbench.py). networkx searches without a
hop limit; hop counts above 9 are written as -1 like the C# finder's "no path within 9 hops".
"""
import argparse
import itertools
import time

import networkx as nx

import pathbench

TOOL = "networkx"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("pairs")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--k-pairs", type=int, default=200)
    parser.add_argument("--hops-out")
    parser.add_argument("--paths-out")
    arguments = parser.parse_args()

    start = time.perf_counter()
    graph = nx.Graph()
    graph.add_edges_from(pathbench.read_edges(arguments.edges))
    pathbench.print_load(TOOL, time.perf_counter() - start, graph.number_of_nodes(), graph.number_of_edges())

    pairs = pathbench.read_pairs(arguments.pairs)

    def fewest_hops(source, target):
        try:
            return len(nx.bidirectional_shortest_path(graph, source, target)) - 1
        except nx.NetworkXNoPath:
            return -1

    hops, nanoseconds = pathbench.time_queries(fewest_hops, pairs, len(pairs))
    limited = [hop if 0 <= hop <= pathbench.HOP_LIMIT else -1 for hop in hops]
    pathbench.print_result(TOOL, "fewest-hops", nanoseconds, sum(1 for hop in limited if hop >= 0))
    pathbench.print_histogram(TOOL, limited)
    pathbench.write_hops(arguments.hops_out, pairs, hops)

    def shortest_paths(source, target):
        try:
            return [len(path) - 1 for path in itertools.islice(nx.shortest_simple_paths(graph, source, target), arguments.k)]
        except nx.NetworkXNoPath:
            return []

    subset = pairs[:arguments.k_pairs]
    lengths, nanoseconds = pathbench.time_queries(shortest_paths, subset, pathbench.PATHS_WARM_UP)
    pathbench.print_result(TOOL, f"shortest-{arguments.k}-paths", nanoseconds, sum(1 for hop_list in lengths if hop_list))
    pathbench.write_paths(arguments.paths_out, subset, lengths)


if __name__ == "__main__":
    main()
