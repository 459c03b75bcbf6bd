# PEP 487 __set_name__: called for every attribute of a new class that defines it, in
# definition order, before __init_subclass__; properties learn their name from it.


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(cls.__dict__))


class Rec(Base):
    a = Field()
    b = Field()

    @property
    def c(self):
        return 3


r = Rec()
print(r.a, r.b)
r.a = 5
print(r.a, r.b, r.c)
try:
    r.c = 1
except AttributeError as e:
    print(e)

# Assigned after class creation: no __set_name__, so no name in the message.
Rec.d = property(lambda self: 4)
try:
    r.d = 1
except AttributeError as e:
    print(e)
try:
    del r.c
except AttributeError as e:
    print(e)

# A copy made by .setter() keeps the name.
class S:
    @property
    def v(self):
        return 1

    w = v.getter(lambda self: 2)

try:
    S().w = 0
except AttributeError as e:
    print(e)


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Bad:
        x = Boom()
except ValueError as e:
    print("ValueError:", e)
