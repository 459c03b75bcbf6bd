# deep recursion raises RecursionError; huge allocations raise MemoryError; the VM keeps going
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual RecursionError")
try:
    [0] * 10 ** 12
except MemoryError:
    print("MemoryError list")
try:
    "x" * 10 ** 13
except MemoryError:
    print("MemoryError str")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(5000)
print(depth(4500))
chain = None
for i in range(100000):
    chain = [chain]
del chain
print("long chain freed")
nested = []
cur = nested
for i in range(10000):
    nxt = []
    cur.append(nxt)
    cur = nxt
del nested, cur, nxt
print("done")
