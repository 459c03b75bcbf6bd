# Ranges and slices at the ends of the 64-bit integers: lengths past i64, steps near
# sys.maxsize, iteration up to the last representable value, all without wrapping around.
import sys

M = sys.maxsize
print(list(range(M - 1, M, 5)), list(range(M - 2, M)), list(range(-M, -M - 1, -3)))
print(list(reversed(range(-M - 1, -M + 2))), list(reversed(range(M - 2, M))))
it = iter(range(M - 2, M))
print(next(it), next(it), next(it, "end"))
r = range(-M, M)
try:
    len(r)
except OverflowError as e:
    print("len:", e)
print(r[-1], r[0], M - 2 in r, -M - 1 in r, r[::M], r[1:3], r[-3:], r[::-M], r[::-1][:2])
print(len(range(0, M, 2)), range(M - 5, M)[2], range(-M - 1, M)[-1])
small = range(10)
print(small[::2], small[::-1], small[-3:], small[5:2:-1], small[100:], small[::-3], list(small[::-4]))
# Slices with huge steps pick at most one item.
print([1, 2, 3][1::M], [1, 2, 3][::-M], "abc"[1::M], (1, 2, 3)[::M], b"abc"[1::M], "éab"[1::M])
x = [1, 2, 3]
x[::M] = [9]
del x[1::M]
y = bytearray(b"abc")
del y[::M]
print(x, y)
for bad in (0,):
    try:
        range(5)[::bad]
    except ValueError as e:
        print("step:", e)
# enumerate counts on past sys.maxsize.
print(list(enumerate("abc", M)))
