# list/dict/set comprehensions, nesting, conditions, scoping
print([x * 2 for x in range(6) if x % 2 == 0])
print({x: x ** 2 for x in range(4)})
print(sorted({c for c in "banana"}))
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(2)], x)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print(list(enumerate(w.upper() for w in words[:2])))
