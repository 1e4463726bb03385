#!/usr/bin/env python3
"""Replays an ingested store's mention arrivals through the model resolver's block cache, without resolving anything.

Counts how many blocks a run loads and how many stored mentions it reads again for a cache limit and an eviction
order: a mention whose person is new needs its block (loaded when not cached); a cached block records every mention;
between works, a cache over its limit lets blocks go (ties by key) until three quarters of the limit remain, as
ModelAuthorResolver does. Orders: lru (least recently used, as shipped), lrn (least recently needed: a new person's
block), small (smallest first), big (largest first), rate (fewest new persons per cached mention first).

    sqlite3 -separator ' ' <store>/expertgraph.db \\
        "select work_id, person_id, block_key from authorships where block_key is not null order by work_id, position;" > arrivals.txt
    python3 benchmarks/cache_replay.py arrivals.txt 1000000 lru
"""
import sys

path, cap, policy = sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "lru"
stored, seen, cache = {}, set(), {}
last_use, last_new, new_count = {}, {}, {}
cached = loads = loaded = 0
last_work, t = None, 0
orders = {
    "lru": lambda k: last_use[k],
    "lrn": lambda k: last_new.get(k, 0),
    "small": lambda k: cache[k],
    "big": lambda k: -cache[k],
    "rate": lambda k: new_count.get(k, 0) / (cache[k] + 1),
}
order = orders[policy]
for line in open(path, encoding="utf-8"):
    work, person, block = line.rstrip("\n").split(" ", 2)
    if work != last_work:
        last_work, t = work, t + 1
        if cached > cap:
            for key in sorted(cache, key=lambda k: (order(k), k)):
                if cached <= cap * 3 // 4:
                    break
                cached -= cache.pop(key)
    if person not in seen:
        seen.add(person)
        last_new[block] = t
        new_count[block] = new_count.get(block, 0) + 1
        if block not in cache:
            size = stored.get(block, 0)
            loads, loaded = loads + 1, loaded + size
            cache[block] = size
            cached += size
    if block in cache:
        last_use[block] = t
        cache[block] += 1
        cached += 1
    stored[block] = stored.get(block, 0) + 1
print(f"cap={cap} policy={policy} loads={loads} loaded_mentions={loaded}")
