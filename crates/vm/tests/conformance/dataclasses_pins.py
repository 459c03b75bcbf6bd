# Pins dataclasses behaviour around field kinds, params, __hash__ choices, slots
# rebuilding, asdict/astuple containers and make_dataclass checks.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, make_dataclass, InitVar
from collections import defaultdict, namedtuple
from typing import ClassVar


@dataclass
class P:
    x: int
    y: int = field(default=2, repr=False, metadata={'u': 1})
    z: ClassVar[int] = 5
    w: InitVar[int] = 0

    def __post_init__(self, w):
        self.extra = w


print(repr(P.__dataclass_params__))
for f in P.__dataclass_fields__.values():
    print(repr(f).replace(repr(dataclasses.MISSING), 'MISSING'))
print(repr(dataclasses.fields(P)[0]._field_type), repr(P.__dataclass_fields__['z']._field_type),
      repr(P.__dataclass_fields__['w']._field_type))
print(P(1, 3, 7), P(1, 3, 7).extra)


def show_hash(**kw):
    try:
        @dataclass(**kw)
        class H:
            a: int = 1
        h = H.__dict__.get('__hash__', 'absent')
        kind = 'absent' if h == 'absent' else ('None' if h is None else 'fn')
        try:
            print(kw, kind, hash(H()) == hash((1,)))
        except TypeError as e:
            print(kw, kind, 'TypeError', e)
    except TypeError as e:
        print(kw, 'class TypeError', e)


def show_hash_explicit(**kw):
    try:
        @dataclass(**kw)
        class H:
            a: int = 1

            def __hash__(self):
                return 42
        print(kw, 'explicit', hash(H()))
    except TypeError as e:
        print(kw, 'TypeError', e)


for unsafe in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            show_hash(unsafe_hash=unsafe, eq=eq, frozen=frozen)
            show_hash_explicit(unsafe_hash=unsafe, eq=eq, frozen=frozen)


@dataclass
class EqNoneHash:
    a: int
    __hash__ = None


print(EqNoneHash.__hash__)


@dataclass(eq=True)
class EqAndHashNone:
    a: int

    def __eq__(self, other):
        return True
    __hash__ = None


print(EqAndHashNone.__hash__)

for name in ('__lt__', '__le__', '__gt__', '__ge__'):
    try:
        dataclass(order=True)(type('O', (), {'__annotations__': {'a': int}, name: lambda s, o: 1}))
    except TypeError as e:
        print('TypeError', e)

for name in ('__setattr__', '__delattr__'):
    try:
        dataclass(frozen=True)(type('F', (), {'__annotations__': {'a': int},
                                              name: lambda *a: 1}))
    except TypeError as e:
        print('TypeError', e)

try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: str = 'x'


fs = FS(1)
print(FS.__slots__, FS.__qualname__, fs.__getstate__(), hasattr(FS, '__dict__'))
fs2 = FS.__new__(FS)
fs2.__setstate__([5, 'q'])
print(fs2)


class Outer:
    @dataclass(slots=True, weakref_slot=True)
    class Inner:
        a: int


print(Outer.Inner.__qualname__, Outer.Inner.__slots__, Outer.Inner(3))


@dataclass(frozen=True, slots=True)
class OwnState:
    a: int

    def __getstate__(self):
        return 'own'

    def __setstate__(self, state):
        pass


print(OwnState(1).__getstate__())


@dataclass
class Base:
    a: int = 0


@dataclass
class Child(Base):
    b: int = 1
    a: int = 5


print(Child(), [f.name for f in fields(Child)])

try:
    @dataclass(frozen=True)
    class BadFrozen(Base):
        c: int = 0
except TypeError as e:
    print('TypeError', e)

NT = namedtuple('NT', 'p q')


@dataclass
class Box:
    items: list
    tags: dict
    pair: NT
    dd: defaultdict


b = Box([1, Base(2)], {'k': Base(3)}, NT(Base(4), (5, 6)), defaultdict(list, {'z': [Base(7)]}))
d = asdict(b)
print(d, type(d['dd']), d['dd'].default_factory)
t = astuple(b)
print(t, type(t[3]), t[3].default_factory)
print(asdict(b, dict_factory=lambda pairs: sorted(pairs)))
print(astuple(b, tuple_factory=list))

for spec in (['a', ('b', int), ('c', int, field(default=3))],
             ['a', 'a'], ['1x'], ['class'], [('a', int, 1, 2)], [3]):
    try:
        C = make_dataclass('C', spec)
        print(C.__name__, C.__module__, C.__annotations__, C(1, 2))
    except TypeError as e:
        print('TypeError', e)

M = make_dataclass('M', [('a', int)], bases=(Base,), namespace={'hi': lambda self: 'hi'},
                   order=True, module='mymod')
print(M.__module__, M(4).hi(), M(1) < M(2), M.__doc__)
try:
    make_dataclass('M2', [('a', int)], bases=(Base,), frozen=True)
except TypeError as e:
    print('TypeError', e)
