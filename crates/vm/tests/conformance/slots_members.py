# __slots__ member descriptors: the class namespace, repr, __get__/__set__/__delete__, errors.
class P:
    __slots__ = ('x', 'y')
    def m(self): pass
print(list(P.__dict__))
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__)
class Q(P):
    __slots__ = 'z'
print(list(Q.__dict__), Q.x, Q.z)
q = Q()
try: q.x
except AttributeError as e: print("AttributeError:", e)
q.x = 1; q.z = 2; print(q.x, q.z, P.x.__get__(q, Q))
print('x' in dir(P), 'z' in dir(Q))
try: type(P.x)()
except TypeError as e: print("TypeError:", e)
print(repr(Q.z))
P.x.__set__(q, 7)
print(q.x)
P.x.__delete__(q)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.x.__get__(1, int)
except TypeError as e:
    print("TypeError:", e)
print(P.x.__get__(None, P) is P.x)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Doc:
    "doc"
    __slots__ = ('a',)
print(list(Doc.__dict__), Doc.__doc__)
