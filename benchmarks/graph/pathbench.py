"""What the three path tools share: reading the edge list and the pairs, timing, percentiles and the output lines.

The C# harness (graph-paths) prints the same tab-separated "load", "result" and "hops" lines, with percentiles taken
the same way (nearest rank), so compare.py can put the tools side by side.
"""
import math
import sys
import time

HOP_LIMIT = 9
PATHS_WARM_UP = 20  # the C# harness warms k-paths up on the same first 20 pairs


def read_edges(path):
    """Edges as (a, b) int pairs, comment lines (# or %) skipped, self loops dropped (the C# reader drops them too)."""
    edges = []
    append = edges.append
    with open(path, "rb") as lines:
        for line in lines:
            if line[:1] in (b"#", b"%") or not line.strip():
                continue
            fields = line.split()
            a, b = int(fields[0]), int(fields[1])
            if a != b:
                append((a, b))
    return edges


def read_pairs(path):
    pairs = []
    with open(path) as lines:
        for line in lines:
            fields = line.split()
            if fields and not fields[0].startswith("#"):
                pairs.append((int(fields[0]), int(fields[1])))
    return pairs


def memory_bytes():
    """(current RSS, peak RSS) of this process, from /proc/self/status."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount = line.split(":")
                values[key] = int(amount.split()[0]) * 1024
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def print_load(tool, seconds, nodes, edges):
    rss, peak = memory_bytes()
    print(f"load\t{tool}\t{seconds:.2f}\t-\t{rss}\t{peak}\t{nodes}\t{edges}", flush=True)


def nearest_rank(sorted_values, percent):
    if not sorted_values:
        return 0.0
    return sorted_values[max(0, math.ceil(percent / 100 * len(sorted_values)) - 1)]


def print_result(tool, measure, nanoseconds, found):
    ms = sorted(value / 1e6 for value in nanoseconds)
    mean = sum(ms) / len(ms) if ms else 0.0
    print(f"result\t{tool}\t{measure}\t{len(ms)}\t{found}\t{nearest_rank(ms, 50):.4f}\t{nearest_rank(ms, 90):.4f}\t"
          f"{nearest_rank(ms, 99):.4f}\t{ms[-1] if ms else 0:.4f}\t{mean:.4f}", flush=True)


def print_histogram(tool, hops):
    counts = {}
    for hop in hops:
        counts[hop] = counts.get(hop, 0) + 1
    keys = sorted(counts, key=lambda hop: math.inf if hop < 0 else hop)
    print(f"hops\t{tool}\t" + " ".join(f"{'none' if key < 0 else key}:{counts[key]}" for key in keys), flush=True)


def time_queries(query, pairs, warm_up):
    """Runs query on the first warm_up pairs untimed, then on every pair, each timed alone; returns answers and ns."""
    for source, target in pairs[:warm_up]:
        query(source, target)
    answers, nanoseconds = [], []
    clock = time.perf_counter_ns
    for source, target in pairs:
        start = clock()
        answer = query(source, target)
        nanoseconds.append(clock() - start)
        answers.append(answer)
    return answers, nanoseconds


def write_hops(path, pairs, hops):
    """Hop counts as the C# harness writes them: -1 when there is no path within the hop limit."""
    if path:
        with open(path, "w") as out:
            for (source, target), hop in zip(pairs, hops):
                out.write(f"{source} {target} {hop if 0 <= hop <= HOP_LIMIT else -1}\n")


def write_paths(path, pairs, lengths):
    if path:
        with open(path, "w") as out:
            for (source, target), hop_list in zip(pairs, lengths):
                out.write(f"{source} {target} {','.join(str(hop) for hop in hop_list)}\n")


def log(message):
    print(message, file=sys.stderr, flush=True)
