# A realistic script over the frozen standard library: typed records, a priority queue,
# JSON output, snapshots with deepcopy, sorted inserts, wrapped text, and warnings from an
# imported module (blamed on the right file and module, once per location).
from __future__ import annotations

import bisect
import copy
import heapq
import json
import operator
import os
import sys
import string
import textwrap
import types
import warnings
from typing import NamedTuple, Optional

import _warn_helper


class Edge(NamedTuple):
    to: str
    w: int


graph: dict[str, list[Edge]] = {
    "a": [Edge("b", 4), Edge("c", 1)],
    "b": [Edge("d", 1)],
    "c": [Edge("b", 2), Edge("d", 5)],
    "d": [],
}


def dijkstra(src: str, limit: Optional[int] = None) -> dict[str, int]:
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1 << 60):
            continue
        for e in graph[u]:
            nd = d + e.w
            if nd < dist.get(e.to, 1 << 60) and (limit is None or nd <= limit):
                dist[e.to] = nd
                heapq.heappush(pq, (nd, e.to))
    return dist


print(json.dumps(dijkstra("a"), sort_keys=True, indent=2))
print(json.dumps(dijkstra("a", limit=3)))
snapshot = copy.deepcopy(graph)
snapshot["a"].append(Edge("d", 9))
print(len(graph["a"]), len(snapshot["a"]), snapshot["a"][0] == graph["a"][0],
      snapshot["a"][0] is graph["a"][0])
scores = sorted([55, 70, 90, 42])
bisect.insort(scores, 65)
print(scores, bisect.bisect(scores, 70))
print(textwrap.fill(" ".join(string.ascii_lowercase[i:i + 3] for i in range(0, 26, 3)), 20))


def show_base(message, category, filename, lineno, file=None, line=None):
    # The helper's path is absolute (under pymem's test harness too): show its base name.
    print(f"{os.path.basename(filename)}:{lineno}: {category.__name__}: {message}",
          file=sys.stderr)


warnings.showwarning = show_base
print(_warn_helper.old_api(), _warn_helper.internal_deprecation())
for _ in range(2):
    _warn_helper.noisy()
ns = types.SimpleNamespace(**dijkstra("a"))
print(ns, sorted(graph, key=operator.itemgetter(0), reverse=True))
print(max(graph["a"], key=operator.attrgetter("w")), Edge._fields, Edge.__annotations__)
print(_warn_helper.__warningregistry__ if hasattr(_warn_helper, "__warningregistry__") else "no registry",
      sorted(k for k in globals().get("__warningregistry__", {}) if k != "version"))
