"""One comparison table from the logs of run.sh, and a check that the three tools found the same hop counts.

    python3 compare.py OUT GRAPH...

Reads OUT/GRAPH.TOOL.log ("load" and "result" lines), OUT/GRAPH.TOOL.hops and OUT/GRAPH.TOOL.paths as the tools wrote
them. Ratios are peer time / ExpertGraph time (above 1: ExpertGraph is faster).
"""
import os
import sys

TOOLS = ("expertgraph", "networkx", "igraph")
HOP_LIMIT = 9


def read_log(path):
    load, results = None, {}
    if not os.path.exists(path):
        return load, results
    with open(path) as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "load":
                load = {"seconds": float(fields[2]), "graph": fields[3], "rss": int(fields[4]), "peak": int(fields[5]),
                        "nodes": int(fields[6]), "edges": int(fields[7])}
            elif fields[0] == "result":
                results[fields[2]] = {"queries": int(fields[3]), "found": int(fields[4]), "p50": float(fields[5]),
                                      "p90": float(fields[6]), "p99": float(fields[7]), "max": float(fields[8]),
                                      "mean": float(fields[9])}
    return load, results


def read_answers(path):
    answers = {}
    if os.path.exists(path):
        with open(path) as lines:
            for index, line in enumerate(lines):
                fields = line.split()
                answers[index] = (fields[0], fields[1], fields[2] if len(fields) > 2 else "")
    return answers


def mib(value):
    return f"{int(value) / 2**20:,.0f}" if str(value).isdigit() else "-"


def ratio(peer, ours):
    return f"{peer / ours:.1f}x" if peer and ours else "-"


def compare_graph(out, graph):
    logs = {tool: read_log(os.path.join(out, f"{graph}.{tool}.log")) for tool in TOOLS}
    ours = logs["expertgraph"][1]
    load = logs["expertgraph"][0]
    size = f"{load['nodes']:,} nodes, {load['edges']:,} edges" if load else "not loaded"
    print(f"\n## {graph}: {size}\n")
    print("| tool | load s | graph MiB | RSS after load MiB | peak RSS MiB | query | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for tool in TOOLS:
        tool_load, results = logs[tool]
        if tool_load is None:
            print(f"| {tool} | did not load (see {graph}.{tool}.err) | | | | | | | | | | |")
            continue
        head = f"| {tool} | {tool_load['seconds']:.1f} | {mib(tool_load['graph'])} | {mib(tool_load['rss'])} | {mib(tool_load['peak'])}"
        for measure, result in results.items():
            print(f"{head} | {measure} | {result['queries']} | {result['p50']:.4f} | {result['p90']:.4f} | {result['p99']:.4f} | "
                  f"{result['max']:.3f} | {result['mean']:.4f} |")
            head = "| | | | |"
    print("\nRatios (peer / ExpertGraph, same pairs):\n")
    print("| peer query | vs ExpertGraph query | p50 | p99 | mean |")
    print("|---|---|---|---|---|")
    k_measure = next((measure for measure in ours if measure.startswith("shortest-")), None)
    for tool, measure, mine in (("networkx", "fewest-hops", "fewest-hops"), ("igraph", "fewest-hops", "fewest-hops"),
                                ("igraph", "distances", "fewest-hops"), ("networkx", k_measure, k_measure)):
        peer = logs[tool][1].get(measure)
        base = ours.get(mine)
        if peer and base:
            print(f"| {tool} {measure} | {mine} | {ratio(peer['p50'], base['p50'])} | {ratio(peer['p99'], base['p99'])} | "
                  f"{ratio(peer['mean'], base['mean'])} |")
    check_answers(out, graph)


def check_answers(out, graph):
    mine = read_answers(os.path.join(out, f"{graph}.expertgraph.hops"))
    for tool in ("networkx", "igraph"):
        theirs = read_answers(os.path.join(out, f"{graph}.{tool}.hops"))
        if not theirs:
            print(f"\nhops: no {tool} answers to compare")
            continue
        differing = [(mine[i], theirs[i]) for i in theirs if i in mine and mine[i] != theirs[i]]
        print(f"\nhops: ExpertGraph and {tool} agree on {len(theirs) - len(differing)} of {len(theirs)} pairs")
        for ours, peer in differing[:10]:
            print(f"  MISMATCH pair {ours[0]} {ours[1]}: ExpertGraph {ours[2]}, {tool} {peer[2]}")
    mine = read_answers(os.path.join(out, f"{graph}.expertgraph.paths"))
    theirs = read_answers(os.path.join(out, f"{graph}.networkx.paths"))
    if theirs:
        # The C# finder keeps to 9 hops; networkx has no limit, so its longer paths are left out before comparing.
        def within(text):
            return [hop for hop in text.split(",") if hop and int(hop) <= HOP_LIMIT]
        differing = [(mine[i], theirs[i]) for i in theirs if i in mine and within(mine[i][2]) != within(theirs[i][2])]
        print(f"k paths: hop counts of the k shortest simple paths agree with networkx on {len(theirs) - len(differing)} of {len(theirs)} pairs")
        for ours, peer in differing[:10]:
            print(f"  MISMATCH pair {ours[0]} {ours[1]}: ExpertGraph {ours[2]}, networkx {peer[2]}")


def main():
    out = sys.argv[1]
    for graph in sys.argv[2:]:
        compare_graph(out, graph)


if __name__ == "__main__":
    main()
