# bisect: bisect_left/right, insort_left/right with lo/hi and key=, and the errors.
import bisect

print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, hi=3))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 5, hi=None), bisect.bisect_left(a, 3, 0, -1))
print(bisect.bisect_left(a, 3, 0, -5), bisect.bisect_left(a, 3, True))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# key= applies to the elements, not to x
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("e", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("f", 3), key=lambda r: r[1])
bisect.insort_right(recs, ("g", 0), key=lambda r: r[1])
print(recs)

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5, 0, 3)
print(b)
words = ["apple", "cherry"]
bisect.insort(words, "banana")
print(words, bisect.bisect("abcde", "c"), bisect.bisect_left((1, 3, 5), 4))

class Seq:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)
s = Seq()
for v in [3, 1, 2]:
    bisect.insort(s, v)
print(s.items)

for call in [lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect_right([1], 1, -1),
             lambda: bisect.insort([1], 1, -1), lambda: bisect.insort_left([1], 1, -2),
             lambda: bisect.bisect([1, 2], 1, 0, 5), lambda: bisect.bisect_left(1, 1),
             lambda: bisect.bisect_left([1, 2], 1, lo=None), lambda: bisect.bisect([1, "a"], 2),
             lambda: bisect.bisect_left([1], 1, 0, "x")]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
