# `obj.name = value` with both sides locals (one fused instruction in pymem): plain
# instances, __slots__, properties, __setattr__, read-only built-ins, unbound locals, and
# where each error points.
import traceback


def show(f, *args):
    try:
        print(f(*args))
    except Exception:
        traceback.print_exc()


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ('a',)

    def __init__(self, a):
        self.a = a


class Prop:
    def __init__(self, v):
        self.v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  setter", value)
        self._v = value * 2


class Hook:
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        object.__setattr__(self, name, value)


def assign(o, v):
    o.a = v
    return o.a


p = Plain(1, 2)
print(p.a, p.b, vars(p))
print(Slotted(3).a, Prop(4).v)
h = Hook()
print(assign(h, 5), vars(h))
for target in (p, Slotted(0), h):
    print(type(target).__name__, assign(target, [1]))


def unbound_value(o):
    o.a = v
    v = 1


def unbound_object(v):
    o.a = v
    o = 1


def new_name(o, v):
    o.zzz = v


show(unbound_value, p)
show(unbound_object, 2)
show(new_name, Slotted(1), 2)
show(new_name, 5, 2)
show(new_name, "s", 2)
show(assign, (1, 2), 3)


def chain(a, b, c):
    a.next = b
    b.next = c
    c.next = a
    return a.next.next.next is a


print(chain(Plain(0, 0), Plain(0, 0), Plain(0, 0)))
