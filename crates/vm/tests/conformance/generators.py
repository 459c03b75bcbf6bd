# generators, send, yield from, generator expressions, iterator protocol
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def squares(n):
    for i in range(n):
        yield i * i
    return "done"
g = squares(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def echo():
    got = yield "ready"
    while True:
        got = yield f"echo {got}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegate():
    r = yield from squares(2)
    yield r
print(list(delegate()))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc"]))
class Fib:
    def __init__(self, n):
        self.n = n
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        self.a, self.b = self.b, self.a + self.b
        return self.a
print(list(Fib(10)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
