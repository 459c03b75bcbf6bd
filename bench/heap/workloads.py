"""CPython 3.12 side of `cargo bench -p heap`: the same object graphs as benches/heap.rs.

Usage: python3.12 workloads.py WORKLOAD [REPEATS]
Prints one JSON object: {"workload": ..., "impl": "cpython", "ns_per_object": median}.

Workloads (N = 1,000,000 unless noted):
  alloc_drop          allocate and immediately drop N small objects (2 slots)
  collect_cycles      build N two-object cycles with gc disabled, drop them, time gc.collect()
                      (ns per object collected)
  full_collect_live   N live tracked objects, time gc.collect() (ns per object)
  binary_trees_parent rust-cc's binary trees with parent pointers, depth 11 (ns per node)
  large_linked_list   rust-cc's large linked list: 30 doubly linked lists of 4096 nodes
                      (ns per node)
"""

import gc
import json
import statistics
import sys
import time

N = 1_000_000


class Node:
    __slots__ = ("next", "prev")

    def __init__(self):
        self.next = None
        self.prev = None


def alloc_drop():
    r = range(N)
    t0 = time.perf_counter_ns()
    for _ in r:
        Node()
    return (time.perf_counter_ns() - t0) / N


def collect_cycles():
    gc.collect()
    gc.disable()
    for _ in range(N):
        a = Node()
        b = Node()
        a.next = b
        b.next = a
    del a, b
    t0 = time.perf_counter_ns()
    found = gc.collect()
    dt = time.perf_counter_ns() - t0
    gc.enable()
    assert found >= 2 * N, found
    return dt / (2 * N)


def full_collect_live():
    gc.collect()
    gc.disable()
    keep = [Node() for _ in range(N)]
    gc.collect()
    t0 = time.perf_counter_ns()
    gc.collect()
    dt = time.perf_counter_ns() - t0
    gc.enable()
    del keep
    return dt / N


class Tree:
    __slots__ = ("parent", "left", "right")

    def __init__(self, left, right):
        self.parent = None
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return self.left.check() + self.right.check() + 1


def make_tree(depth):
    if depth == 0:
        return Tree(None, None)
    node = Tree(make_tree(depth - 1), make_tree(depth - 1))
    if node.left.left is not None:
        node.left.parent = node
        node.right.parent = node
    return node


def binary_trees_parent():
    max_size, min_size = 11, 4
    gc.collect()
    t0 = time.perf_counter_ns()
    nodes = 0
    for depth in range(min_size, max_size, 2):
        iterations = 1 << (max_size - depth + min_size)
        for _ in range(iterations):
            nodes += make_tree(depth).check()
    gc.collect()
    return (time.perf_counter_ns() - t0) / nodes


class Cons:
    __slots__ = ("next", "previous")

    def __init__(self, nxt):
        self.next = nxt
        self.previous = None


def large_linked_list():
    size, lists = 4096, 30
    gc.collect()
    t0 = time.perf_counter_ns()
    for _ in range(lists):
        head = Cons(None)
        for _ in range(size):
            cons = Cons(head)
            head.previous = cons
            head = cons
        del head, cons
    gc.collect()
    return (time.perf_counter_ns() - t0) / (size * lists)


WORKLOADS = {
    "alloc_drop": alloc_drop,
    "collect_cycles": collect_cycles,
    "full_collect_live": full_collect_live,
    "binary_trees_parent": binary_trees_parent,
    "large_linked_list": large_linked_list,
}


def main():
    name = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    fn = WORKLOADS[name]
    samples = [fn() for _ in range(repeats)]
    print(json.dumps({"workload": name, "impl": "cpython", "ns_per_object": statistics.median(samples)}))


if __name__ == "__main__":
    main()
