# list operations
a = [3, 1, 2]
a.append(5)
a.extend([7, 0])
a.insert(1, 9)
print(a, len(a), a[1], a[-1], a[1:4], a[::-2])
a.sort()
print(a, sorted(a, reverse=True), a.index(5), a.count(1))
print(a.pop(), a.pop(0), a)
a.remove(5)
a.reverse()
print(a, a.copy(), [1, 2] + [3], [0] * 3, [[0] * 2] * 2)
a[0] = 100
a[1:3] = [7, 8, 9]
print(a)
del a[0]
del a[1:3]
print(a, 9 in a, 4 not in a)
b = [1, 2, 3]
c = b
c += [4]
print(b, b is c, b == [1, 2, 3, 4], [1, 2] < [1, 3], [] == [])
words = ["pear", "Apple", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list("abc"))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], list(map(lambda x: x * x, [1, 2, 3])))
print(list(filter(None, [0, 1, "", "a"])), list(zip([1, 2, 3], "ab")), list(enumerate("xy", 1)))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
x = []
x.clear()
print(x, bool(x), any([0, 0, 1]), all([1, 1, 0]))
