# collections: the types relate to dict and tuple as in CPython (isinstance, issubclass).
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple, UserDict
P = namedtuple("P", "x y")
print(isinstance(defaultdict(int), dict), isinstance(Counter(), dict), isinstance(OrderedDict(), dict))
print(isinstance(P(1, 2), tuple), issubclass(P, tuple), isinstance(deque(), list), isinstance(UserDict(), dict))
print(defaultdict, Counter, deque, OrderedDict, P)
class MyCounter(Counter):
    pass
print(P(1, 2) == (1, 2), (1, 2) == P(1, 2), P(1, 2) + (3,), hash(P(1, 2)) == hash((1, 2)))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), dict(Counter(a=1)))
print(type(defaultdict(int)), type(P(1, 2)))
m = MyCounter("aab"); print(m, isinstance(m, dict), isinstance(m, Counter))
