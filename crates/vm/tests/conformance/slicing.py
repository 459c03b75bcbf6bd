# Slices of lists, tuples, strs and ranges; slice objects; assignment and deletion.
s = "abcdefgh"
l = list(range(8))
t = tuple(l)
r = range(0, 16, 2)
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(1, 7, 2),
           slice(7, 1, -2), slice(-1, -9, -3), slice(100, 200), slice(-100, 2), slice(5, 2), slice(None, None, 3)]:
    print(sl, s[sl], l[sl], t[sl], r[sl], list(r[sl]))
print(slice(1, 2).start, slice(1, 2, 3).step, slice(5).stop, slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), repr(slice(None)), s[::-2], s[-1:-4:-1], s[len(s):], l[-1:] + l[:1])
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":"b"]
except TypeError as e:
    print("TypeError:", e)
m = list(range(10))
m[2:5] = "xy"
print(m)
m[::3] = [0] * len(m[::3])
print(m)
del m[1::2]
print(m)
m[:] = []
print(m)
m[5:] = [1, 2]
print(m)
m[0:0] = [9]
m[len(m):] = [8]
print(m)
try:
    m[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(r[-1], r[2], len(r), r.start, r.stop, r.step, range(5)[-5], range(10, 0, -3)[1:], 4 in range(0, 10, 2), 5 in range(0, 10, 2))
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
print("hello"[1:-1], "hello"[-100:100], "é漢字"[1:], "é漢字"[::-1], len("é漢字"[1:3]))
print([1, 2, 3][True], (1, 2)[False], "ab"[-True])
ba = bytearray(b"abcdefg")
del ba[0]
del ba[::2]
print(ba, b"abcdef"[1:4], b"abcdef"[::-2], bytearray(b"xyz")[1:])
try:
    del b"abc"[0]
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) < slice(1, 3), slice(None, 2) == slice(None, 2, None))
