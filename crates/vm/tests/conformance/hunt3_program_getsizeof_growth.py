import sys
l = []; sizes = []
for i in range(40):
    s = sys.getsizeof(l)
    if not sizes or sizes[-1][1] != s: sizes.append((i, s))
    l.append(i)
print(sizes)
d = {}; ds = []
for i in range(50):
    s = sys.getsizeof(d)
    if not ds or ds[-1][1] != s: ds.append((i, s))
    d[i] = i
print(ds)
st = set(); ss = []
for i in range(50):
    s = sys.getsizeof(st)
    if not ss or ss[-1][1] != s: ss.append((i, s))
    st.add(i)
print(ss)
print([sys.getsizeof('a' * n) for n in (0, 1, 10, 100)], sys.getsizeof('é'), sys.getsizeof('€'), sys.getsizeof('😀'))
print([sys.getsizeof(2 ** n) for n in (0, 30, 60, 100)], sys.getsizeof(0), sys.getsizeof(1.0), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(b''), sys.getsizeof(bytearray(10)), sys.getsizeof(range(10)), sys.getsizeof([None] * 10), sys.getsizeof(list(range(10))))
print('%-6s %8s' % ('n', 'bytes'))
for n in (0, 1, 5, 9, 17):
    print('%-6d %8d' % (n, sys.getsizeof([0] * n)))
