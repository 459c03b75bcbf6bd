# list methods and their error messages.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [3, 1, 2]
l.append(4); print(l)
l.extend((5, 6)); print(l)
l.extend(x for x in "ab"); print(l)
l.insert(0, 0); l.insert(100, "end"); l.insert(-1, "pen"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
show(l.remove, "zz")
show([].pop)
show([1].pop, 5)
show(l.index, 99)
print(l.index(2), [1, 2, 1, 2].index(2, 2), [1, 2, 1].count(1), [[1], [1]].count([1]))
show([1, 2].index, 1, 1)
nums = [5, 2, 8, 1, 9]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words)
words.sort(key=lambda w: (-len(w), w)); print(words)
show([1, "a"].sort)
show(nums.sort, len)
nums.reverse(); print(nums)
c = nums.copy(); c.append(0); print(nums, c)
c.clear(); print(c, len(c))
a = [1, 2, 3, 4, 5, 6]
print(a[1:4], a[::2], a[::-1], a[-2:], a[:-2], a[10:], a[4:1], a[-100:100], a[1:5:2], a[5:1:-2])
a[1:3] = ["x", "y", "z"]; print(a)
a[::2] = [0, 0, 0, 0]; print(a)
show(a.__setitem__, slice(None, None, 2), [1])
del a[0]; print(a)
del a[::2]; print(a)
del a[:]; print(a)
show(lambda: [1][5])
k = "x"; show(lambda: [1][k])
show(lambda: [].__getitem__(0))
def setbad():
    b = [1]
    b[3] = 0
show(setbad)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [[]] * 2)
show(lambda: [1] + (2,))
show(lambda: [1] * "a")
m = [1]; m += (2, 3); m *= 2; print(m)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
show(lambda: [1] < ["a"])
print(1 in [1, 2], 3 not in [1, 2], len([1, 2, 3]), list("abc"), list(range(3)), list({"k": 1}), list())
print(sorted([3, 1, 2]), max([1, 5, 2]), sum([1, 2, 3]), [x * 2 for x in [1, 2]], list(reversed([1, 2])))
r = [1, 2]; r.append(r); print(r)
d = [1]; e = [d, d]; print(e, e[0] is e[1])
print(repr([]), str([1, "a", None, 1.5, (1,), {"a": 1}]))
show(list, 5)
show(list, 1, 2)
n = [1, 2, 3]
for x in n:
    if x == 2:
        n.remove(x)
print(n)
it = iter([1, 2, 3]); print(next(it), list(it))
print([i for i in range(10) if i % 3 == 0], [[j for j in range(i)] for i in range(3)])
q = list(range(5)); q[1:4] = []; print(q)
q = [1, 2, 3]; q[1:1] = [9, 9]; print(q)
q[-1] = 'last'; print(q, q[-1], q[len(q) - 1])
print([1, 2, 3].__len__(), [1, 2].__contains__(2), list.__name__, type([]) is list, isinstance([], list))
