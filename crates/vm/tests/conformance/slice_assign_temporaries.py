# Slice assignment from temporaries (their items move over), equal-length replacement (swapped in
# place), __del__ order of the replaced items, a[:] = a, and refcounts of a kept value.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = [D(i) for i in range(4)]
a[1:3] = [D(10), D(11)]
print("--")
a[:] = a[::-1]
print([x.n for x in a])
b = [1, 2, 3, 4, 5]
b[1:4] = b[3:0:-1]
print(b)
b[:2] = b
print(b)
c = [0] * 5
c[1:3] = (7, 8)
c[0:0] = [9]
c[2:4] = []
print(c)
import sys
l = list(range(10)); t = l[2:5]
l[2:5] = t
print(sys.getrefcount(t), t, l)
s = slice(1, 3); print(l[s], l[1:8:2], l[::-3])
del a
print("end")
