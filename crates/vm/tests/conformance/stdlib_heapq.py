# heapq: the heap layout after each operation (CPython's sift order), merge, nlargest,
# nsmallest and the argument errors.
import heapq
import random

print(heapq.__all__)
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, v)
    print("push", v, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data)
print("pushpop small", heapq.heappushpop(data, -1), data)
print("pushpop big", heapq.heappushpop(data, 4), data)
print("pushpop empty", heapq.heappushpop([], 3))

rng = random.Random(12345)
big = [rng.randrange(1000) for _ in range(200)]
heap = list(big)
heapq.heapify(heap)
ok = all(heap[k] <= heap[c] for k in range(len(heap)) for c in (2 * k + 1, 2 * k + 2) if c < len(heap))
print("invariant", ok, [heapq.heappop(heap) for _ in range(200)] == sorted(big))

# tuples as priority entries (ties broken by the second field)
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])

print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, [1, 2]), heapq.nlargest(5, [3, 1]), heapq.nsmallest(1, []))
print(heapq.nlargest(1, iter([4, 9, 2])), heapq.nsmallest(10, range(3)))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["a", "bb"], ["c", "dddd"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)))
print(list(heapq.merge([1, 3], [2, 4], key=lambda x: -x)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
m = heapq.merge([(1, "a")], [(1, "b")])
print(next(m), next(m))

for call in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]),
             lambda: heapq.heappop(1), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heapify((1,)), lambda: heapq.heappush([1], "a")]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# the private max-heap helpers and sift functions code in the wild uses
mx = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(mx)
print("heapify_max", mx)
print("replace_max", heapq._heapreplace_max(mx, 0), mx)
print("pops", [heapq._heappop_max(mx) for _ in range(len(mx))], mx)
h = [1, 3, 5, 7, 9, 2]
h.append(0)
heapq._siftdown(h, 0, len(h) - 1)
print("siftdown", h)
h[0] = 10
heapq._siftup(h, 0)
print("siftup", h)
for call in [lambda: heapq._heappop_max([]), lambda: heapq._heapify_max(())]:
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
