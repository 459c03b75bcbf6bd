"""Random class graphs for the `stmt` shape of difffuzz (gen_stmt.py).

A scenario defines a handful of classes whose bases are picked at random among the earlier
ones (chains, diamonds, and orders with no consistent MRO, a TypeError), each defining a
random subset of: a class attribute, `__init__` (calling `super().__init__` or not),
methods that extend `super()`'s result, a property, a classmethod, a staticmethod,
`__repr__`, `__eq__`/`__hash__`, `__init_subclass__`. It then prints, for every class, the
MRO and what its instances answer, so method resolution, `super()` chains, attribute
shadowing and the errors of missing methods are compared.
"""

NAMES = ["A", "B", "C", "D", "E", "F"]


def class_graph(rnd):
    n = rnd.randint(2, 6)
    out = []
    made = []
    for i in range(n):
        name = NAMES[i]
        k = rnd.randint(0, min(3, len(made)))
        bases = rnd.sample(made, k) if made else []
        out.append("try:")
        body = [f"class {name}({', '.join(bases)}):" if bases else f"class {name}:"]
        members = []
        if rnd.random() < 0.5:
            members += [f"    tag = {name!r}"]
        if rnd.random() < 0.5:
            sup = "super().__init__(*a)" if bases and rnd.random() < 0.7 else "pass"
            members += ["    def __init__(self, *a):", f"        self.{name.lower()} = len(a)", f"        {sup}"]
        if rnd.random() < 0.7:
            call = rnd.choice(["super().f()", "[]"]) if bases else "[]"
            members += ["    def f(self):", f"        return [{name!r}] + {call}"]
        if rnd.random() < 0.3:
            members += ["    def g(self):", f"        return {name!r} + '.g:' + str(getattr(super(), 'g', lambda: '-')())"]
        if rnd.random() < 0.25:
            members += ["    @property", "    def p(self):", f"        return {name!r} + '.p'"]
        if rnd.random() < 0.25:
            members += ["    @classmethod", "    def make(cls):", "        return cls.__name__"]
        if rnd.random() < 0.2:
            members += ["    @staticmethod", "    def s(x=0):", f"        return ({name!r}, x)"]
        if rnd.random() < 0.3:
            members += ["    def __repr__(self):", f"        return '<{name} ' + type(self).__name__ + '>'"]
        if rnd.random() < 0.2:
            members += ["    def __eq__(self, other):", "        return type(self) is type(other)"]
            if rnd.random() < 0.5:
                members += ["    def __hash__(self):", "        return 7"]
        for op in rnd.sample(["__add__", "__radd__", "__iadd__", "__lt__", "__gt__", "__le__", "__ge__",
                              "__mul__", "__rmul__", "__ne__"], rnd.randint(0, 3)):
            ret = rnd.choice(["NotImplemented", f"{name!r} + '.{op}'", "NotImplemented if isinstance(o, int) else 1"])
            members += [f"    def {op}(self, o):", f"        P('{name}.{op}')", f"        return {ret}"]
        if rnd.random() < 0.15:
            members += ["    def __init_subclass__(cls, **kw):", f"        P('subclass of {name}:', cls.__name__)",
                        "        super().__init_subclass__(**kw)"]
        if not members:
            members = ["    pass"]
        body += members
        out += ["    " + ln for ln in body]
        out += [f"    P('made', {name}.__name__, [k.__name__ for k in {name}.__mro__])"]
        out += ["except TypeError as e:", "    P('TypeError', e)", f"    {name} = None"]
        made.append(name)
    other = rnd.choice(made)
    out.append(f"O2 = {other}() if {other} else None")
    out.append(f"for K in [{', '.join(made)}]:")
    out += [
        "    if K is None:",
        "        continue",
        "    try:",
        f"        o = K({', '.join(str(rnd.randint(0, 3)) for _ in range(rnd.randint(0, 2)))})",
        "    except TypeError as e:",
        "        P(K.__name__, 'init', e)",
        "        continue",
    ]
    probes = [
        "o.f()", "o.g()", "o.p", "o.make()", "K.make()", "o.s(1)", "K.s()", "getattr(o, 'tag', None)",
        "sorted(vars(o).items())", "repr(o) if type(o).__repr__ is not object.__repr__ else 'default'",
        "o == K()", "(hash(o) == 7) if type(o).__hash__ else 'unhashable'", "isinstance(o, A)",
        "[c.__name__ for c in type(o).__bases__]", "o + O2", "O2 + o", "o < O2", "O2 > o", "o * 2",
        "2 * o", "o != O2", "o <= O2", "3 + o", "super(K, o).f() if hasattr(super(K, o), 'f') else '-'",
    ]
    for pr in rnd.sample(probes, rnd.randint(3, 7)):
        out += ["    try:", f"        P(K.__name__, {pr!r}, {pr})", "    except Exception as e:",
                f"        P(K.__name__, {pr!r}, '!', type(e).__name__, e)"]
    return out
