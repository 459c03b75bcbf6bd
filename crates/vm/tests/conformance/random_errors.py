# random: argument checking and CPython's error messages; Random instances are independent.
import random

a = random.Random(7)
b = random.Random(7)
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
a.seed(1)
b.seed(2)
print(a.random() != b.random())
print(random.Random(123).getrandbits(0), random.Random(123).getrandbits(32), random.Random(123).getrandbits(64))
print(random.Random(5).randrange(10), random.Random(5).randrange(-10, -2, 3), random.Random(5).randrange(10, 0, -2))
state = random.getstate()
print(type(state), len(state), state[0], len(state[1]))
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed(None)
print(0.0 <= random.random() < 1.0)
random.seed()
print(1 <= random.randint(1, 6) <= 6)

for f in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 10, 0),
          lambda: random.randrange(1.5), lambda: random.randint(3, 1), lambda: random.choice([]),
          lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
          lambda: random.getrandbits(-1), lambda: random.seed([1]),
          lambda: random.choices("ab", [1], k=2), lambda: random.choices("ab", [0, 0]),
          lambda: random.setstate((9, (), None)), lambda: random.gammavariate(-1, 1)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
r = random.Random(99)
deck = [(rank, suit) for suit in "SHDC" for rank in range(1, 14)]
r.shuffle(deck)
print(deck[:5], r.sample(deck, k=3), r.choices(deck, cum_weights=list(range(1, 53)), k=2))
print(r.sample(range(10), k=4, counts=[1] * 10))
