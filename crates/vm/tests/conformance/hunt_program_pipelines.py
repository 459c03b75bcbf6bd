import itertools

def read_records():
    data = ["alice,30,NY", "bob,x,LA", "carol,25,SF", "", "dave,41,NY", "eve,29,LA"]
    for lineno, line in enumerate(data, 1):
        if not line:
            continue
        yield lineno, line

def parse(records):
    for lineno, line in records:
        name, age, city = line.split(",")
        try:
            yield {"name": name, "age": int(age), "city": city}
        except ValueError as e:
            print(f"  skip line {lineno}: {e}")

def filter_age(rows, minimum):
    for r in rows:
        if r["age"] >= minimum:
            yield r

pipeline = filter_age(parse(read_records()), 28)
print([r["name"] for r in pipeline])
print(list(pipeline))

def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ("done", count)

g = running_avg()
print(next(g), g.send(10), g.send(20), g.send(0))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def chain_all(*its):
    for it in its:
        result = yield from it
        print("  sub returned", result)
    return "all done"

def sub(n):
    yield from range(n)
    return n * 10

c = chain_all(sub(2), sub(3), iter("ab"))
print(list(c))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  closer finally")

g = closer()
print(next(g))
g.close()
print(g.gi_frame is None, list(g))

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"

t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t), t.throw(ValueError, "v2"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(t, "exhausted"))

squares = (x * x for x in range(10) if x % 2)
print(type(squares).__name__, sum(squares), sum(squares))
print(list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print([(k, [x for x in g]) for k, g in itertools.groupby(sorted([5, 1, 12, 15, 3, 22]), key=lambda v: v // 10)])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.pairwise("abcd")))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.batched(range(7), 3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([n for n in itertools.islice(fib(), 15) if n % 2 == 0])
gen = fib()
print(gen.__name__, gen.__qualname__, next(gen), next(gen), gen.gi_running)

def gen_with_return():
    yield 1
    return 5
print(list(gen_with_return()))
x = gen_with_return()
next(x)
try:
    next(x)
except StopIteration as e:
    print("StopIteration value", e.value)

def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reent():
    yield next(g3)
g3 = reent()
try:
    next(g3)
except ValueError as e:
    print(e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(dict(zip("abc", itertools.count())), list(enumerate("xy", start=10)))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(zip(*[[1, 2], [3, 4]])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
