# Changes to a class's namespace after its subclasses and instances exist: __slots__
# members rebound or deleted, and hooks (__getattr__, __setattr__, properties, __eq__,
# __hash__, __del__) added to a base class later.
import gc


def attempt(label, f):
    try:
        print(label, repr(f()))
    except AttributeError as e:
        print(label, "AttributeError:", e)


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


class S:
    __slots__ = ('x',)


s = S()
s.x = 1
print("before", read_x(s), read_x(s))
member = S.__dict__['x']
del S.x
attempt("deleted member, read", lambda: read_x(s))
attempt("deleted member, write", lambda: write_x(s, 5))
attempt("member descriptor still reads", lambda: member.__get__(s, S))
S.x = member
attempt("member restored", lambda: read_x(s))
write_x(s, 6)
print("restored write", s.x)


class T:
    __slots__ = ('y',)


t = T()
t.y = 2
T.y = 7
attempt("rebound, read", lambda: t.y)
try:
    t.y = 3
except AttributeError as e:
    print("rebound, write:", e)
try:
    del t.y
except AttributeError as e:
    print("rebound, del:", e)
print("class attr", T.y)


class Base:
    __slots__ = ('x', 'y')


class Sub(Base):
    __slots__ = ()


class Open(Base):
    pass


class Hides(Base):
    x = 'class value'


sub, op, hides = Sub(), Open(), Hides()
sub.x = op.x = 1
attempt("hides, read", lambda: hides.x)
hides.x = 'instance value'
print("hides, dict", hides.__dict__, hides.x, Hides.x)
Base.x = 'rebound in base'
attempt("sub after base rebind", lambda: sub.x)
attempt("open after base rebind", lambda: op.x)
op.x = 'in dict'
print("open dict", op.__dict__, op.x)
try:
    sub.x = 2
except AttributeError as e:
    print("sub write:", e)
sub.y = 'y still a slot'
print("other slot", sub.y, 'y' in getattr(sub, '__dict__', {}))


class A:
    pass


class B(A):
    pass


b = B()
b.p = 'instance p'


def read_p(o):
    return o.p


print("plain", read_p(b))
A.p = property(lambda self: 'property p')
print("base property", read_p(b), b.p)
A.__getattr__ = lambda self, name: 'getattr ' + name
print("base __getattr__", b.missing)
A.__setattr__ = lambda self, name, value: print("base __setattr__", name, value)
b.z = 1
print("z stored?", 'z' in b.__dict__)


class E:
    pass


class F(E):
    pass


f1, f2 = F(), F()
print("eq before", f1 == f2)
E.__eq__ = lambda self, other: True
print("eq after", f1 == f2)
E.__hash__ = lambda self: 42
print("hash after", hash(f1))


class D:
    pass


class G(D):
    pass


g = G()
D.__del__ = lambda self: print("base __del__ ran")
del g
gc.collect()
print("done")
