squares = [x * x for x in range(10) if x % 2]
pairs = {(a, b) for a in xs for b in ys if a != b}
index = {k: v for k, v in items}
total = sum(x for x in data)


def scoped(n):
    return [i * n for i in range(n)]


def walrus(data):
    if any((found := x) > 3 for x in data):
        return found
    return [last := y for y in data], last
