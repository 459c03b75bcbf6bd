# Seeded draws from every Random method and their error cases: the sequence and float bits must match CPython.
import random
r = random.Random(12345)
out = []
for f in range(3):
    out.append(r.random()); out.append(r.randrange(10**30)); out.append(r.randrange(-5, 100, 7)); out.append(r.randrange(100, -5, -3))
    out.append(r.randint(1, 6)); out.append(r.choice("abcdef"))
    l = list(range(20)); r.shuffle(l); out.append(l)
    out.append(r.sample(range(100), 10)); out.append(r.sample(range(1000), 30)); out.append(r.sample(list("abcdefg"), 7))
    out.append(r.sample(["a","b","c"], 5, counts=[3,1,2]))
    out.append(r.choices("abc", k=5)); out.append(r.choices("abc", [1,2,3], k=5)); out.append(r.choices("abc", cum_weights=[1,2,30], k=5))
    out.append(r.uniform(2, 9)); out.append(r.triangular()); out.append(r.triangular(0, 10, 9)); out.append(r.triangular(0, 10, 1)); out.append(r.triangular(5, 5, 5))
    out.append(r.normalvariate(3, 2)); out.append(r.gauss(1, 2)); out.append(r.gauss()); out.append(r.gauss())
    out.append(r.lognormvariate(0, 1)); out.append(r.expovariate(2)); out.append(r.vonmisesvariate(1, 4)); out.append(r.vonmisesvariate(1, 0))
    out.append(r.gammavariate(0.3, 2)); out.append(r.gammavariate(1, 2)); out.append(r.gammavariate(5.5, 2)); out.append(r.betavariate(2, 3)); out.append(r.betavariate(0.2, 0.3))
    out.append(r.paretovariate(3)); out.append(r.weibullvariate(2, 3)); out.append(r.getrandbits(70))
for x in out: print(repr(x))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
st2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in st[1]), None); r.setstate(st2); print(r.random())
random.seed(7); print(random.random(), random.randint(1, 100), random.sample(range(50), 3))
def err(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
err(lambda: r.sample(range(5), 2.0)); err(lambda: r.sample(range(5), "x")); err(lambda: r.sample(range(5), 6)); err(lambda: r.sample({1,2}, 1))
err(lambda: r.sample("ab", 1, counts=[1])); err(lambda: r.sample("ab", 1, counts=[1, 1.0])); err(lambda: r.sample("ab", 1, counts=[0, 0]))
err(lambda: r.randrange(0)); err(lambda: r.randrange(5, 5)); err(lambda: r.randrange(5, 10, 0)); err(lambda: r.randrange(5, 1, 2)); err(lambda: r.randrange(5, step=2)); err(lambda: r.randrange(1.5))
err(lambda: r.choice([])); err(lambda: r.choices("ab", 3)); err(lambda: r.choices("ab", [1], k=2)); err(lambda: r.choices("ab", [1, 2], cum_weights=[1, 2]))
err(lambda: r.choices("ab", [0, 0])); err(lambda: r.choices("ab", [1, float('inf')])); err(lambda: r.choices("ab", ["a", "b"]))
err(lambda: r.gammavariate(0, 1)); err(lambda: r.setstate((9, (), None))); err(lambda: r.setstate((3, ())))
