import abc
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name); return cls
class Base(metaclass=Meta):
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw); cls.kind = kind
class A(Base, kind='a'): pass
class B(A): pass
print(Meta.registry, A.kind, B.kind, type(A).__name__, B.__mro__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self): print('deleting'); del self._c
t = Temp(); t.c = 20; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
del t.c; print(hasattr(t, '_c'))
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'): return name * 2
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
lz = Lazy(); print(lz.xy)
try: lz.q
except AttributeError as e: print(e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __repr__(self): return f'Sq({self.s})'
    def __eq__(self, o): return isinstance(o, Sq) and o.s == self.s
    __hash__ = None
print(Sq(3).area(), isinstance(Sq(1), Shape), Sq(2) == Sq(2), Sq.__hash__)
try: {Sq(1)}
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, tp=None): return self if obj is None else getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v * 10)
class H:
    d = Desc()
h = H(); print(h.d); h.d = 3; print(h.d, H.d.name, vars(h))
class Cnt:
    count = 0
    def __new__(cls, *a):
        cls.count += 1; return super().__new__(cls)
    @classmethod
    def made(cls): return cls.count
    @staticmethod
    def util(x): return x + 1
Cnt(); Cnt(); print(Cnt.made(), Cnt.util(1), Cnt().made())
print(super(B, B()).__class__.__name__, B.__qualname__, A.__name__, B.__bases__)
