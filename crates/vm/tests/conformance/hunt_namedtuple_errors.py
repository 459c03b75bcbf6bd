# namedtuple: the arity messages of its generated __new__ (with and without defaults) and
# the read-only fields' messages.
from collections import namedtuple

P = namedtuple("P", "x y z", defaults=[0])
Q = namedtuple("Q", "a b")
R = namedtuple("R", "a b", defaults=(1, 2))
E = namedtuple("E", "")
for cls, args in [(P, (1, 2, 3, 4)), (Q, (1, 2, 3)), (R, (1, 2, 3)), (E, (1,)), (P, (1,)),
                  (Q, (1,))]:
    try:
        cls(*args)
    except TypeError as e:
        print(e)
p = P(1, 2)
print(p, R(), E())
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
try:
    p.w = 1
except AttributeError as e:
    print(e)
print(P.x.__doc__, p.x, p._replace(z=9))
