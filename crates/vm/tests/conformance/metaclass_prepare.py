# __prepare__: the metaclass chooses the mapping the class body runs in.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type:", type(ns).__name__, "order:", ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, flavour="x"):
    zeta = 1
    alpha = 2

    def middle(self):
        pass

    zeta = 3


print(Form.field_order, Form.zeta)

# A plain dict from __prepare__, pre-filled: the body sees the names.
class Prefilled(type):
    def __prepare__(name, bases):
        return {"injected": 10, "helper": lambda x: x + 1}


class Uses(metaclass=Prefilled):
    value = helper(injected)


print(Uses.value, Uses.injected)

# type.__prepare__ returns a fresh dict and accepts anything.
d = type.__prepare__("X", (), a=1)
print(type(d).__name__, d)
print(type(type.__prepare__()).__name__)


# A dict subclass that refuses redefinitions.
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate attribute {key!r}")
        super().__setitem__(key, value)


class Unique(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Good(metaclass=Unique):
    a = 1
    b = 2


print(Good.a, Good.b)
try:

    class Bad(metaclass=Unique):
        a = 1
        a = 2

except TypeError as e:
    print("TypeError:", e)


# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:

    class X(metaclass=BadPrepare):
        pass

except TypeError as e:
    print("TypeError:", e)


class ListPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return []


try:

    class Y(metaclass=ListPrepare):
        pass

except TypeError as e:
    print("TypeError:", e)

# A namespace that is not a dict reaching type.__new__.
class PassThrough(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()


class Z(metaclass=PassThrough):
    q = 1


print(type(Z).__name__, Z.q, type(Z.__dict__).__name__ in ("dict", "mappingproxy"))

# __prepare__ raising.
class Raising(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        raise ValueError(f"no class {name} for you")


try:

    class W(metaclass=Raising):
        pass

except ValueError as e:
    print("ValueError:", e)

# A namespace with __missing__: bare names in the body become auto-numbered members.
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print", "range", "len"):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter
class AutoMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return AutoNS()
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    print(len("abc"))
print(Color.RED, Color.GREEN, Color.BLUE)
