"""The `stmt` program shape of difffuzz: statements and program structure.

Where the default shape (gen.py) checks expressions over built-in values, a `stmt` program
is a sequence of small *scenarios*, each a function `_case_N` that defines classes,
functions and generators and drives them through ordinary statements, printing every
intermediate fact with the prefix `N` (through `P = _printer(N)`). The function is called
inside `try:`; an escaping exception prints `N ! Type message`, so one program checks many
independent scenarios. Blocks start with `# case N`, as in the default shape, so compare.py
and reduce.py work unchanged.

Every scenario template is parameterized by the random generator (values, which branch
raises, which method is overridden, which argument list is passed...), so the same template
yields many different programs. A program may end in an uncaught exception (traceback
compared) or in `sys.exit(...)`.

Kept out, as in the default shape: addresses, ids, default object reprs, hash() of
str/bytes, the iteration order of sets of strs.
"""

import random

import gen_classes
import gen_flow
import gen_traceback

SMALL = [0, 1, 2, 3, -1, 5, 7, 10, -4, 42]
WORDS = ["a", "b", "spam", "eggs", "x", "key", "", "é", "Ab"]


def q(v):
    return repr(v)


class StmtGen:
    def __init__(self, rnd: random.Random):
        self.r = rnd

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def small(self):
        return self.pick(SMALL)

    def word(self):
        return self.pick(WORDS)

    def value(self):
        return self.pick([self.small, self.word, lambda: self.pick([None, True, 1.5, (1, 2), [3]])])()

    # --- classes --------------------------------------------------------------------------

    def class_chain(self):
        depth = self.r.randint(2, 4)
        names = ["A", "B", "C", "D"][:depth]
        out = []
        for i, c in enumerate(names):
            base = f"({names[i - 1]})" if i else ""
            out.append(f"class {c}{base}:")
            if self.chance(0.6):
                out.append(f"    tag = {q(c.lower() * (i + 1))}")
            out.append(f"    def __init__(self, v{', *rest' if i else ''}):")
            if i:
                how = self.pick(["super().__init__(*rest)", f"{names[i - 1]}.__init__(self, *rest)",
                                 f"super({c}, self).__init__(*rest)", "pass"])
                out.append(f"        {how}")
            out.append(f"        self.{c.lower()} = v")
            out.append("    def who(self):")
            if i and self.chance(0.7):
                out.append(f"        return {q(c)} + '>' + super().who()")
            else:
                out.append(f"        return {q(c)}")
            if self.chance(0.3):
                out.append("    @property")
                out.append(f"    def p{c}(self):")
                out.append(f"        return getattr(self, {q(c.lower())}, 'missing')")
        last = names[-1]
        args = ", ".join(str(self.small()) for _ in range(self.r.randint(1, depth + 1)))
        out += [
            f"o = {last}({args})",
            "P(o.who(), sorted(vars(o).items()))",
            f"P([k.__name__ for k in {last}.__mro__])",
            f"P(getattr(o, 'tag', None), isinstance(o, {self.pick(names)}), issubclass({self.pick(names)}, {self.pick(names)}))",
            f"P(type(o).__name__, type(o).__bases__[0].__name__, {last}.__qualname__)",
        ]
        if self.chance(0.5):
            out.append(f"P({names[0]}({self.small()}).who(), hasattr(o, {q(self.pick(['a', 'b', 'c', 'd', 'z']))}))")
        return out

    def diamond(self):
        order = self.pick([("B", "C"), ("C", "B"), ("B", "A"), ("A", "B")])
        meth = self.pick(["super().f()", "'end'"])
        out = [
            "class A:",
            "    def f(self): return ['A']",
            "    def g(self): return 'A.g'",
            "class B(A):",
            "    def f(self): return ['B'] + super().f()",
            "class C(A):",
            f"    def f(self): return ['C'] + {'super().f()' if self.chance(0.8) else '[]'}",
            f"    def g(self): return 'C.g/' + {meth if meth != 'super().f()' else 'super().g()'}",
            f"class D({order[0]}, {order[1]}):",
        ]
        if self.chance(0.5):
            out.append("    def f(self): return ['D'] + super().f()")
        else:
            out.append("    pass")
        out += [
            "P([k.__name__ for k in D.__mro__])",
            "d = D()",
            "P(d.f(), d.g(), isinstance(d, A), issubclass(D, C), issubclass(C, B))",
            f"P(super(B, d).f(), super({self.pick(['C', 'D'])}, d).g())",
        ]
        return out

    def class_attrs(self):
        v = self.small()
        return [
            "class K:",
            f"    count = {v}",
            "    items = []",
            "    def __init__(self, x):",
            "        self.x = x",
            "        K.count += 1",
            f"        {self.pick(['self.items.append(x)', 'self.items = self.items + [x]', 'self.count += 10'])}",
            f"a, b = K({self.small()}), K({self.value()!r})",
            "P(K.count, a.count, b.count, K.items, a.items, b.items)",
            f"a.count = {self.small()}",
            "P(K.count, a.count, 'count' in vars(a), 'count' in vars(b))",
            "del a.count",
            "P(a.count == K.count, sorted(vars(a)))",
            f"K.new = {self.value()!r}",
            "P(a.new, b.new, getattr(K, 'x', 'no x'))",
            f"{self.pick(['del a.count', 'del K.count', 'del a.x', 'del K.x', 'del b.nope'])}",
            "P(getattr(a, 'count', '-'), getattr(a, 'x', '-'))",
        ]

    def slots(self):
        out = [
            "class S:",
            f"    __slots__ = {self.pick(['(\"a\", \"b\")', '[\"a\", \"b\"]', '\"a\", \"b\"', '(\"a\", \"b\", \"__dict__\")'])}",
            "    def __init__(self, a):",
            "        self.a = a",
            f"s = S({self.small()})",
            "P(s.a, hasattr(s, 'b'), S.__slots__)",
        ]
        act = self.pick([
            ["try:", "    s.c = 1", "except AttributeError as e:", "    P('AE', e)", "P(getattr(s, 'c', '-'))"],
            ["try:", "    P(s.b)", "except AttributeError as e:", "    P('AE', e)"],
            ["s.b = [1]", "s.b += [2]", "P(s.b)", "del s.b", "try:", "    del s.b", "except AttributeError as e:", "    P('AE', e)"],
            ["class T(S):", "    pass", "t = T(1)", "t.z = 2", "P(t.a, t.z, 'z' in vars(t))"],
            ["class T(S):", "    __slots__ = ('c',)", "t = T(1)", "t.c = 3", "P(t.a, t.c)", "try:", "    t.d = 1",
             "except AttributeError as e:", "    P('AE', e)"],
            ["try:", "    class X:", "        __slots__ = ('v',)", "        v = 1", "except ValueError as e:", "    P('VE', e)"],
            ["P(type(S.a).__name__, S.a.__name__)", "try:", "    P(vars(s))", "except TypeError as e:", "    P('TE', e)"],
        ])
        return out + act

    def properties(self):
        check = self.pick(["v < 0", "not isinstance(v, int)", "v == 3"])
        out = [
            "class Temp:",
            "    def __init__(self, c):",
            "        self._c = c",
            "    @property",
            "    def c(self):",
            "        \"\"\"celsius\"\"\"",
            "        return self._c",
            "    @c.setter",
            "    def c(self, v):",
            f"        if {check}:",
            "            raise ValueError(f'bad {v!r}')",
            "        self._c = v",
        ]
        if self.chance(0.6):
            out += ["    @c.deleter", "    def c(self):", "        P('deleting')", "        del self._c"]
        out += [
            "    @property",
            "    def f(self):",
            "        return self._c * 9 / 5 + 32",
            f"t = Temp({self.small()})",
            "P(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)",
        ]
        for _ in range(self.r.randint(1, 3)):
            out += self.pick([
                ["try:", f"    t.c = {self.value()!r}", "except (ValueError, TypeError) as e:", "    P(type(e).__name__, e)", "P(t.c)"],
                ["try:", f"    t.f = {self.small()}", "except AttributeError as e:", "    P('AE', e)"],
                ["try:", "    del t.c", "    P(hasattr(t, 'c'))", "except AttributeError as e:", "    P('AE', e)"],
                ["try:", "    del t.f", "except AttributeError as e:", "    P('AE', e)"],
                ["t.c += 2", "P(t.c, t.f)"],
            ])
        return out

    def class_static(self):
        return [
            "class Pt:",
            "    made = 0",
            "    def __init__(self, x, y):",
            "        self.x, self.y = x, y",
            "        type(self).made += 1",
            "    @classmethod",
            "    def origin(cls):",
            "        return cls(0, 0)",
            "    @classmethod",
            "    def parse(cls, s):",
            "        x, y = s.split(',')",
            "        return cls(int(x), int(y))",
            "    @staticmethod",
            "    def dist(a, b):",
            "        return abs(a.x - b.x) + abs(a.y - b.y)",
            "    def __repr__(self):",
            "        return f'{type(self).__name__}({self.x}, {self.y})'",
            "class P3(Pt):",
            "    pass",
            f"a = {self.pick(['Pt', 'P3'])}.origin()",
            f"b = {self.pick(['Pt', 'P3', 'a'])}.parse({q(self.pick(['3,4', '1,-2', '5', 'x,1', '0,0']))})",
            "P(a, b, Pt.dist(a, b), a.dist(b, a), Pt.made, P3.made)",
            "P(type(Pt.__dict__['origin']).__name__, type(Pt.__dict__['dist']).__name__, Pt.origin.__self__.__name__)",
            f"P({self.pick(['Pt.dist(a)', 'a.origin().x', 'P3.parse.__name__', 'Pt.dist.__name__', 'callable(Pt.dist)'])})",
        ]

    def dunder_container(self):
        n = self.r.randint(0, 4)
        out = [
            "class Box:",
            "    def __init__(self, *items):",
            "        self.items = list(items)",
            "    def __len__(self):",
            "        P('len')",
            "        return len(self.items)",
            "    def __getitem__(self, i):",
            "        P('get', i)",
            "        return self.items[i]",
            "    def __setitem__(self, i, v):",
            "        P('set', i, v)",
            "        self.items[i] = v",
            "    def __delitem__(self, i):",
            "        P('del', i)",
            "        del self.items[i]",
        ]
        if self.chance(0.5):
            out += ["    def __contains__(self, v):", "        P('contains', v)", "        return v in self.items"]
        if self.chance(0.5):
            out += ["    def __iter__(self):", "        P('iter')", "        return iter(self.items)"]
        if self.chance(0.3):
            out += ["    def __bool__(self):", "        return True"]
        out += [
            "    def __repr__(self):",
            "        return 'Box' + repr(self.items)",
            f"b = Box({', '.join(str(self.small()) for _ in range(n))})",
        ]
        for _ in range(self.r.randint(2, 5)):
            out.append(self.pick([
                "P(len(b), bool(b))",
                f"P({self.small()} in b)",
                "P(list(b))",
                f"P(b[{self.pick([0, 1, -1, 5, 'slice(1, None)', '::-1'])}])",
                f"b[{self.pick([0, 1, -1, 9])}] = {self.small()}",
                f"del b[{self.pick([0, -1, 3, 'slice(0, 2)'])}]",
                f"b[0] += {self.small()}",
                "P(b, sorted(b) if len(b) < 4 else 'long')",
                "P([x for x in b if x], *b)",
                "a, *r = b\nP(a, r)",
                "P(next(iter(b), 'empty'))",
            ]))
        return self.guard(out)

    def guard(self, lines):
        """Run lines (which may raise) inside a try that prints the error and goes on."""
        body = []
        for ln in lines:
            body += ln.split("\n")
        return ["try:"] + ["    " + x for x in body] + ["except Exception as e:", "    P('!', type(e).__name__, e)"]

    def dunder_eq_hash(self):
        out = ["class Key:", "    def __init__(self, k):", "        self.k = k"]
        eq = self.chance(0.8)
        if eq:
            out += ["    def __eq__(self, other):", "        P('eq', self.k, getattr(other, 'k', other))",
                    f"        return {self.pick(['isinstance(other, Key) and self.k == other.k', 'self.k == getattr(other, \"k\", other)', 'NotImplemented if not isinstance(other, Key) else self.k == other.k'])}"]
        h = self.pick(["hash", "none", "absent"])
        if h == "hash":
            out += ["    def __hash__(self):", f"        return hash(self.k{self.pick(['', ' % 3', ' // 2'])})"]
        elif h == "none":
            out += ["    __hash__ = None"]
        if self.chance(0.5):
            out += ["    def __lt__(self, other):", "        return self.k < other.k"]
        out += ["    def __repr__(self):", "        return f'Key({self.k})'"]
        ks = [self.pick([0, 1, 2, 3, 4]) for _ in range(self.r.randint(1, 4))]
        out += [f"ks = [Key(k) for k in {ks!r}]"]
        for _ in range(self.r.randint(2, 4)):
            out.append(self.pick([
                "P(ks[0] == ks[-1], ks[0] != ks[-1], ks[0] == ks[0].k)",
                "P(Key.__hash__ is None)",
                "P(len(set(ks)))",
                "P({k: i for i, k in enumerate(ks)})",
                "P(ks.count(ks[0]), ks.index(ks[-1]))",
                "P(sorted(ks))",
                "P(ks[0] in ks[1:], ks[0] in {ks[-1]: 1})",
                "P(max(ks), min(ks))",
                "P(ks[0] < ks[-1], ks[0] > ks[-1])",
                "P(ks[0] <= ks[-1])",
            ]))
        return self.guard(out)

    def dunder_misc(self):
        out = [
            "class Fn:",
            "    def __init__(self, base):",
            "        self.base = base",
            "    def __call__(self, x, *, scale=1):",
            "        return (self.base + x) * scale",
            "    def __getattr__(self, name):",
            "        P('getattr', name)",
            "        if name.startswith('z'):",
            "            raise AttributeError(name)",
            "        return name.upper()",
            "    def __str__(self):",
            "        return f'Fn<{self.base}>'",
            "    def __repr__(self):",
            "        return f'Fn({self.base!r})'",
        ]
        if self.chance(0.5):
            out += ["    def __setattr__(self, name, value):", "        P('setattr', name, value)",
                    "        object.__setattr__(self, name, value)"]
        if self.chance(0.4):
            out += ["    def __bool__(self):", f"        return {self.pick(['self.base > 0', 'False', '1'])}"]
        if self.chance(0.4):
            out += ["    def __len__(self):", f"        return {self.pick(['self.base', '-1', '3', '2 ** 70'])}"]
        out += [f"f = Fn({self.small()})"]
        for _ in range(self.r.randint(2, 5)):
            out.append(self.pick([
                f"P(f({self.small()}), f({self.small()}, scale={self.small()}))",
                "P(f.hello, getattr(f, 'zed', 'dflt'), hasattr(f, 'zz'), f.base)",
                "P(str(f), repr(f), f'{f}|{f!r}', [f], (f,), {'k': f})",
                "P(bool(f), 'yes' if f else 'no', not f)",
                "P(len(f))",
                f"f.extra = {self.small()}\nP(f.extra, sorted(vars(f)))",
                "P(callable(f), callable(Fn), f(1, 2))",
                "P(f(x=2), f(scale=2))",
                "P(f.zz)",
                f"P('%s %r' % (f, f), str([f, None]), format(f, ''))",
            ]))
        return self.guard(out)

    def iterator_class(self):
        stop = self.r.randint(0, 4)
        return [
            "class Count:",
            "    def __init__(self, n):",
            "        self.i, self.n = 0, n",
            "    def __iter__(self):",
            "        return self",
            "    def __next__(self):",
            "        if self.i >= self.n:",
            f"            raise StopIteration{self.pick(['', '(\"done\")', '()'])}",
            "        self.i += 1",
            "        return self.i * self.i",
            f"c = Count({stop})",
            "P(list(c), list(c), next(c, 'exhausted'))",
            f"P(list(zip(Count({self.r.randint(0, 4)}), 'abcd')), sum(Count({self.r.randint(0, 5)})))",
            f"for v in Count({self.r.randint(0, 5)}):",
            f"    if v > {self.r.randint(0, 10)}:",
            "        P('break at', v)",
            "        break",
            "else:",
            "    P('no break')",
            f"it = iter(Count({self.r.randint(0, 3)}))",
            "try:",
            "    while True:",
            "        P(next(it))",
            "except StopIteration as e:",
            "    P('stop', e.args, e.value)",
            f"P(*Count({self.r.randint(0, 3)}), sep='-')",
            f"P({self.pick(['3 in Count(5)', '4 in Count(5)', 'sorted(Count(4), reverse=True)', 'dict.fromkeys(Count(2))', 'max(Count(0), default=None)', 'list(map(str, Count(3)))'])})",
        ]

    def context_managers(self):
        suppress = self.pick(["True", "False", "None", "exc_type is KeyError", "1"])
        body_raise = self.pick(["", "raise KeyError('k')", "raise ValueError('v')", "1 / 0", "return 'early'"])
        out = [
            "class CM:",
            "    def __init__(self, name):",
            "        self.name = name",
            "    def __enter__(self):",
            "        P('enter', self.name)",
            f"        {self.pick(['return self', 'return self.name', 'pass'])}",
            "    def __repr__(self):",
            "        return f'CM({self.name!r})'",
            "    def __exit__(self, exc_type, exc, tb):",
            "        P('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)",
            f"        return {suppress}",
            "def use():",
            f"    with CM('a') as x{self.pick(['', ', CM(\"b\") as y', ', CM(\"b\")'])}:",
            "        P('body', x)",
        ]
        if body_raise:
            out.append(f"        {body_raise}")
        out += [
            "        P('after')",
            "    P('out')",
            "    return 'done'",
            "try:",
            "    P(use())",
            "except Exception as e:",
            "    P('caught', type(e).__name__, e)",
        ]
        if self.chance(0.5):
            out += [
                "class Bad:",
                f"    def __enter__(self): {self.pick(['raise RuntimeError(\"enter\")', 'return 1'])}",
                f"    {self.pick(['def __exit__(self, *a): P(\"bad exit\")', 'pass'])}",
                "try:",
                "    with Bad() as v:",
                "        P('in bad', v)",
                "except Exception as e:",
                "    P(type(e).__name__, e)",
            ]
        if self.chance(0.4):
            out += [
                "with CM('outer'):",
                "    try:",
                "        with CM('inner'):",
                f"            {self.pick(['raise TypeError(\"t\")', 'pass', 'raise KeyError(1)'])}",
                "    except Exception as e:",
                "        P('mid', type(e).__name__)",
            ]
        return out

    def init_subclass(self):
        return [
            "class Base:",
            "    registry = []",
            f"    def __init_subclass__(cls, /, tag={q(self.word())}, **kw):",
            "        super().__init_subclass__(**kw)",
            "        cls.tag = tag",
            "        Base.registry.append((cls.__name__, tag))",
            "    def __class_getitem__(cls, item):",
            f"        return {self.pick(['f\"{cls.__name__}[{item!r}]\"', '(cls.__name__, item)'])}",
            "class One(Base):",
            "    pass",
            f"class Two(Base, tag={q(self.word())}):",
            "    pass",
            "class Three(Two):",
            "    pass",
            "P(Base.registry, Three.tag, getattr(Base, 'tag', '-'))",
            f"P(Base[int], Two[{self.pick(['1', '\"s\"', '(1, 2)', 'int, str'])}])",
            "try:",
            f"    class Four(Base, {self.pick(['other=1', 'tag=2', 'tag=3, x=4'])}):",
            "        pass",
            "    P('made', Four.tag)",
            "except TypeError as e:",
            "    P('TE', e)",
            "try:",
            f"    P({self.pick(['One()[1]', 'list[int]', 'dict[str, int]', 'type(Base[int]).__name__', 'Base.__class_getitem__(3)'])})",
            "except TypeError as e:",
            "    P('TE', e)",
        ]

    def isinstance_checks(self):
        names = ["int", "bool", "object", "str", "A", "B", "C", "(A, int)", "(str, C)", "type", "Exception"]
        vals = ["1", "True", "'s'", "A()", "B()", "C()", "A", "B", "None", "ValueError()", "[]"]
        out = ["class A: pass", "class B(A): pass", "class C(B, int): pass"]
        for _ in range(self.r.randint(2, 5)):
            out.append(self.pick([
                f"P(isinstance({self.pick(vals)}, {self.pick(names)}))",
                f"P(issubclass({self.pick(['bool', 'A', 'B', 'C', 'int', 'type', 'object', 'ValueError'])}, {self.pick(names)}))",
                f"P(type({self.pick(vals)}).__name__, type({self.pick(vals)}) is {self.pick(names[:7])})",
                f"P(issubclass({self.pick(vals)}, A))",
                f"P(isinstance(1, {self.pick(['1', '[int]', '(int, (str, 1))', 'int | str', 'A | None'])}))",
            ]))
        return self.guard(out)

    # --- functions ------------------------------------------------------------------------

    def signature(self):
        """A random parameter list, and argument lists that bind to it or not."""
        params = []
        names = iter("abcdefgh")
        kinds = []
        npos_only = self.r.randint(0, 2) if self.chance(0.3) else 0
        for _ in range(npos_only):
            kinds.append(("po", next(names), self.chance(0.3)))
        for _ in range(self.r.randint(0, 3)):
            kinds.append(("pk", next(names), self.chance(0.4)))
        # defaults must be trailing among positional parameters
        seen_default = False
        fixed = []
        for k, nm, d in kinds:
            d = d or seen_default
            seen_default = d
            fixed.append((k, nm, d))
        star = self.chance(0.4)
        kwonly = [(next(names), self.chance(0.5)) for _ in range(self.r.randint(0, 2))]
        dstar = self.chance(0.35)
        for i, (k, nm, d) in enumerate(fixed):
            params.append(f"{nm}={self.small()}" if d else nm)
            if k == "po" and (i + 1 == len(fixed) or fixed[i + 1][0] != "po"):
                params.append("/")
        if star:
            params.append("*args")
        elif kwonly:
            params.append("*")
        for nm, d in kwonly:
            params.append(f"{nm}={self.small()}" if d else nm)
        if dstar:
            params.append("**kw")
        allnames = [nm for _, nm, _ in fixed] + [nm for nm, _ in kwonly]
        body = f"return ({', '.join(allnames)}{',' if len(allnames) == 1 else ''}{', args' if star else ''}{', sorted(kw.items())' if dstar else ''})"
        return params, allnames, body

    def call_args(self, allnames):
        pos = [str(self.small()) for _ in range(self.r.randint(0, 4))]
        kws = self.r.sample(allnames + ["z", "kw", "args"], self.r.randint(0, min(3, len(allnames) + 1)))
        parts = pos + [f"{k}={self.small()}" for k in kws]
        if self.chance(0.2):
            parts.append(self.pick(["*[1, 2]", "*()", "**{'a': 9}", "**{'z': 1}", "*'xy'"]))
        return ", ".join(parts)

    def functions_binding(self):
        params, allnames, body = self.signature()
        out = [f"def f({', '.join(params)}):", f"    {body}"]
        for _ in range(self.r.randint(3, 6)):
            out += ["try:", f"    P(f({self.call_args(allnames)}))", "except TypeError as e:", "    P('TE', e)"]
        if self.chance(0.3):
            out += [f"P(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)"]
        if self.chance(0.3):
            out += ["class M:", f"    def m(self{', ' if params else ''}{', '.join(params)}):", f"        {body}",
                    "try:", f"    P(M().m({self.call_args(allnames)}))", "except TypeError as e:", "    P('TE', e)"]
        return out

    def mutable_default(self):
        return [
            f"def add(x, acc={self.pick(['[]', '{}', 'None'])}):",
            "    if acc is None:",
            "        acc = []",
            "    if isinstance(acc, dict):",
            "        acc[x] = len(acc)",
            "    else:",
            "        acc.append(x)",
            "    return acc",
            f"P(add({self.small()}), add({self.small()}), add(1, [0]), add({self.small()}))",
            "P(add.__defaults__)",
            f"def h(a, b={self.small()}, *, c={self.pick(['[]', '(1,)', 'a' if False else '0'])}):",
            "    return a, b, c",
            "P(h(1), h(1, c=2), h.__kwdefaults__)",
        ]

    def closures(self):
        out = [
            "def counter(start):",
            "    n = start",
            "    def inc(by=1):",
            "        nonlocal n",
            "        n += by",
            "        return n",
            "    def get():",
            "        return n",
            "    return inc, get",
            f"inc, get = counter({self.small()})",
            f"P(inc(), inc({self.small()}), get(), inc.__name__, inc.__code__.co_freevars)",
            "fs = [lambda: i for i in range(3)]",
            "gs = [lambda i=i: i for i in range(3)]",
            "P([f() for f in fs], [g() for g in gs])",
            "def outer():",
            "    x = 'outer'",
            "    def mid():",
            f"        {self.pick(['x = \"mid\"', 'nonlocal x; x = \"mid\"', 'pass'])}",
            "        def inner():",
            "            return x",
            "        return inner()",
            "    r = mid()",
            "    return r, x",
            "P(outer())",
        ]
        if self.chance(0.5):
            out += [
                "def broken():",
                "    y = 1",
                "    def g():",
                f"        {self.pick(['y += 1', 'print(y); y = 2', 'return y'])}",
                "        return y",
                "    return g()",
                "try:",
                "    P(broken())",
                "except (UnboundLocalError, NameError) as e:",
                "    P(type(e).__name__, e)",
            ]
        return out

    def globals_(self, n):
        g = f"_G{n}"
        return [
            f"def setg(v):",
            f"    global {g}",
            f"    {g} = v",
            f"def readg():",
            f"    return {g}",
            "try:",
            "    P(readg())",
            "except NameError as e:",
            "    P('NE', e)",
            f"setg({self.value()!r})",
            f"P(readg(), {q(g)} in globals())",
            f"def shadow():",
            f"    {g} = 'local'",
            f"    return {g}",
            f"P(shadow(), readg())",
            f"del globals()[{q(g)}]",
            f"P({q(g)} in globals())",
        ]

    def decorators(self):
        out = [
            "import functools",
            "def trace(fn):",
            f"    {self.pick(['@functools.wraps(fn)', ''])}",
            "    def wrapper(*a, **k):",
            "        P('call', fn.__name__, a, sorted(k.items()))",
            "        r = fn(*a, **k)",
            "        P('ret', r)",
            "        return r",
            "    return wrapper",
            "def times(n):",
            "    def deco(fn):",
            "        def w(*a):",
            "            return [fn(*a) for _ in range(n)]",
            "        w.n = n",
            "        return w",
            "    return deco",
            "@trace",
            f"@times({self.r.randint(0, 3)})",
            "def sq(x):",
            "    return x * x",
            f"P(sq({self.small()}), sq.__name__)",
            "def register(cls):",
            "    cls.registered = True",
            "    return cls",
            "@register",
            "class R:",
            "    def __repr__(self):",
            "        return 'R()'",
            "    @trace",
            "    def m(self, v):",
            "        return v + 1",
            f"P(R.registered, R().m({self.small()}))",
        ]
        if self.chance(0.4):
            out += ["@functools.lru_cache(maxsize=None)", "def fib(n):", "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
                    f"P(fib({self.r.randint(0, 40)}), fib.cache_info().hits > 0)"]
        return out

    def recursion(self):
        return [
            "def fact(n):",
            "    return 1 if n <= 1 else n * fact(n - 1)",
            "def ack(m, n):",
            "    if m == 0: return n + 1",
            "    if n == 0: return ack(m - 1, 1)",
            "    return ack(m - 1, ack(m, n - 1))",
            "def even(n): return True if n == 0 else odd(n - 1)",
            "def odd(n): return False if n == 0 else even(n - 1)",
            "def flatten(x):",
            "    if isinstance(x, list):",
            "        for y in x:",
            "            yield from flatten(y)",
            "    else:",
            "        yield x",
            f"P(fact({self.r.randint(0, 30)}), ack(2, {self.r.randint(0, 3)}), even({self.r.randint(0, 50)}), odd({self.r.randint(0, 9)}))",
            f"P(list(flatten({self.pick(['[1, [2, [3, [4]], 5]]', '[]', '[[[]]]', '[[1], 2, [[3, 4]]]', '7'])})))",
        ]

    def lambdas(self):
        return [
            f"f = lambda x, *r, k={self.small()}, **kw: (x, r, k, sorted(kw))",
            f"P(f({self.small()}), f(1, 2, 3, k=4, z=5), f.__name__)",
            f"P(sorted({[self.pick(WORDS) for _ in range(4)]!r}, key=lambda s: (len(s), s)))",
            f"P(list(map(lambda a, b: a * b, [1, 2, 3], {self.pick(['[4, 5]', '(1, 1, 1, 1)', '\"ab\"'])})))",
            f"P((lambda: {self.pick(['1', 'y', 'x'])})() if True else 0)",
        ]

    # --- generators -----------------------------------------------------------------------

    def generators(self):
        out = [
            "def g():",
            "    P('start')",
            "    try:",
            "        x = yield 1",
            "        P('got', x)",
            "        while True:",
            "            try:",
            "                x = yield x * 2 if isinstance(x, int) else x",
            "            except ValueError as e:",
            "                P('caught', e)",
            f"                {self.pick(['x = -1', 'return \"ret\"', 'raise', 'x = yield \"after\"'])}",
            "    finally:",
            "        P('finally')",
            "it = g()",
        ]
        ops = []
        for _ in range(self.r.randint(2, 6)):
            ops.append(self.pick([
                "P(next(it))",
                f"P(it.send({self.small()}))",
                "P(it.send(None))",
                "P(it.throw(ValueError('boom')))",
                "P(it.throw(KeyError('k')))",
                "P(it.close())",
                "P(next(it, 'dflt'))",
                "P(it.gi_running, it.gi_frame is None)",
            ]))
        for op in ops:
            out += ["try:", f"    {op}", "except Exception as e:", "    P('!', type(e).__name__, repr(e))"]
        if self.chance(0.5):
            out += ["it2 = g()", "try:", "    it2.send(5)", "except TypeError as e:", "    P('TE', e)"]
        return out

    def yield_from(self):
        ret = self.pick(["'sub-ret'", "None", "len(seen)"])
        return [
            "seen = []",
            "def sub(n):",
            "    for i in range(n):",
            "        v = yield i",
            "        seen.append(v)",
            f"    return {ret}",
            "def top():",
            f"    r = yield from sub({self.r.randint(0, 3)})",
            "    P('sub returned', r)",
            f"    r2 = yield from {self.pick(['[7, 8]', '\"ab\"', 'sub(1)', '()'])}",
            "    P('second', r2)",
            "    return 'top-ret'",
            "t = top()",
            "out = []",
            "try:",
            "    v = next(t)",
            "    while True:",
            "        out.append(v)",
            f"        v = t.send({self.pick(['v', 'None', '\"s\"'])})",
            "except StopIteration as e:",
            "    P('stop', repr(e.value), e.args)",
            "P(out, seen)",
            f"P(list(top()), sum(x for x in range({self.r.randint(0, 6)}) if x % 2))",
            "def bad():",
            "    yield 1",
            f"    {self.pick(['raise StopIteration(\"x\")', 'next(iter([]))', 'return 5'])}",
            "try:",
            "    P(list(bad()))",
            "except RuntimeError as e:",
            "    P('RE', e, type(e.__cause__).__name__)",
            "ge = (x * x for x in range(3))",
            "P(next(ge), list(ge), list(ge), next(ge, 'exh'))",
        ]

    # --- control flow ---------------------------------------------------------------------

    def try_finally(self):
        fin = self.pick(["return 'fin'", "pass", "P('fin')", "break", "continue"])
        in_try = self.pick(["return 'try'", "raise ValueError('t')", "pass", "break", "continue", "1 / 0"])
        out = [
            "def f(n):",
            "    for i in range(n):",
            "        try:",
            f"            P('try', i)",
            f"            if i == {self.r.randint(0, 2)}:",
            f"                {in_try}",
            f"        except {self.pick(['ValueError', 'Exception', 'ZeroDivisionError', '(KeyError, ValueError)'])} as e:",
            "            P('except', i, e)",
            f"            {self.pick(['pass', 'return \"exc\"', 'continue', 'raise'])}",
            "        else:",
            "            P('else', i)",
            "        finally:",
            "            P('finally', i)",
            f"            if i == {self.r.randint(0, 2)}:",
            f"                {fin}",
            "    else:",
            "        P('loop else')",
            "    return 'end'",
            "try:",
            f"    P(f({self.r.randint(0, 3)}))",
            "except Exception as e:",
            "    P('out', type(e).__name__, e)",
        ]
        return out

    def chaining(self):
        outer = self.pick(["raise RuntimeError('outer')", "raise RuntimeError('outer') from e",
                           "raise RuntimeError('outer') from None", "raise", "raise e",
                           "raise TypeError('t') from KeyError('k')", "1 / 0", "raise e from e"])
        return [
            "class MyErr(Exception):",
            "    def __init__(self, code, msg='m'):",
            "        super().__init__(code, msg)",
            "        self.code = code",
            f"    {self.pick(['def __str__(self): return f\"E{self.code}\"', 'pass'])}",
            "try:",
            "    try:",
            f"        raise {self.pick(['MyErr(3)', 'MyErr(4, \"x\")', 'ValueError(\"inner\")', 'KeyError(\"kk\")'])}",
            "    except Exception as e:",
            f"        {outer}",
            "except BaseException as e2:",
            "    P(type(e2).__name__, repr(e2), str(e2), e2.args)",
            "    P(repr(e2.__cause__), repr(e2.__context__), e2.__suppress_context__)",
            "    c = e2.__context__",
            "    P(type(c).__name__ if c else None, getattr(c, 'code', '-'), c.__context__ if c else '-')",
            "try:",
            "    try:",
            "        {}['x']",
            "    finally:",
            f"        {self.pick(['P(\"fin\")', 'raise ValueError(\"in finally\")', 'pass'])}",
            "except Exception as e3:",
            "    P(type(e3).__name__, repr(e3.__context__))",
            "e4 = None",
            "try:",
            "    raise ValueError(1)",
            "except ValueError as e4:",
            "    pass",
            "try:",
            "    P(e4)",
            "except NameError as e5:",
            "    P('NE', e5)",
        ]

    def loops_else(self):
        n = self.r.randint(0, 5)
        k = self.r.randint(-1, 5)
        return [
            f"for i in range({n}):",
            f"    if i == {k}:",
            "        P('break', i)",
            "        break",
            f"    if i % 2 == {self.r.randint(0, 1)}:",
            "        continue",
            "    P('body', i)",
            "else:",
            "    P('for else')",
            f"j = {self.r.randint(0, 4)}",
            "while j > 0:",
            "    j -= 1",
            f"    if j == {self.r.randint(-1, 3)}:",
            "        break",
            "else:",
            "    P('while else', j)",
            "P('after', j, i if " + str(n) + " else 'no i')" if n else "P('after', j)",
            "while (m := j * 2) < 5:",
            "    j += 1",
            "P(m, j)",
        ]

    def match_(self):
        subjects = ["0", "1", "42", "-3", "'hi'", "''", "None", "True", "[1, 2]", "[1, 2, 3, 4]", "(1, 'a')",
                    "{'k': 1, 'v': 2}", "{'k': 'x'}", "Pt(1, 2)", "Pt(0, 0)", "Pt(3, 'y')", "[[1], 2]",
                    "3.5", "'abc'", "{'t': 'pt', 'x': 1}", "b'by'", "[]", "Color.RED", "2"]
        out = [
            "class Pt:",
            "    __match_args__ = ('x', 'y')",
            "    def __init__(self, x, y):",
            "        self.x, self.y = x, y",
            "class Color:",
            "    RED = 1",
            "    GREEN = 2",
            "def m(s):",
            "    match s:",
        ]
        cases = [
            ["case 0 | 1:", "    return 'zero-or-one'"],
            ["case int(n) if n < 0:", "    return f'neg {n}'"],
            ["case Color.RED:", "    return 'red'"],
            ["case True:", "    return 'true'"],
            ["case None:", "    return 'none'"],
            ["case str() as t if len(t) > 2:", "    return f'long {t}'"],
            ["case '' | 'hi':", "    return 'greet'"],
            ["case [x, y]:", "    return f'pair {x} {y}'"],
            ["case [first, *rest]:", "    return f'seq {first} {rest}'"],
            ["case [[inner], *_]:", "    return f'nested {inner}'"],
            ["case (a, str(b)):", "    return f'tuple-ish {a} {b}'"],
            ["case {'k': 1, **rest}:", "    return f'map1 {rest}'"],
            ["case {'k': str() as k}:", "    return f'mapk {k}'"],
            ["case {'t': 'pt', 'x': x}:", "    return f'tagged {x}'"],
            ["case Pt(0, 0):", "    return 'origin'"],
            ["case Pt(x, y=int() as yy):", "    return f'pt {x} {yy}'"],
            ["case Pt(x=xx):", "    return f'ptx {xx}'"],
            ["case float(f) | int(f):", "    return f'num {f}'"],
            ["case bytes():", "    return 'bytes'"],
            ["case []:", "    return 'empty'"],
            ["case (1 | 2) as v:", "    return f'v {v}'"],
            ["case [1, *_, 4]:", "    return 'one-to-four'"],
        ]
        chosen = self.r.sample(cases, self.r.randint(3, 9))
        for c in chosen:
            out += ["        " + c[0], "        " + c[1]]
        if self.chance(0.7):
            out += ["        case _:", "            return 'other'"]
        out.append("    return 'fell through'")
        sel = self.r.sample(subjects, self.r.randint(3, 7))
        out.append(f"for s in [{', '.join(sel)}]:")
        out.append("    P(m(s))")
        return self.guard(out)

    def unpacking(self):
        out = []
        for _ in range(self.r.randint(2, 5)):
            n = self.r.randint(0, 5)
            seq = self.pick([f"list(range({n}))", f"'{'abcde'[:n]}'", f"tuple(range({n}))", f"iter(range({n}))",
                             f"{{i: 0 for i in range({n})}}", "5", "None"])
            target = self.pick(["a, b", "a, *b", "*a, b", "a, *b, c", "a, (b, c)", "[a, b, c]", "a,", "(a, b), *c",
                                "a, b, *c, d"])
            out += ["try:", f"    {target} = {seq}",
                    f"    P({', '.join(sorted(set(ch for ch in target if ch.isalpha())))})",
                    "except (ValueError, TypeError) as e:", "    P(type(e).__name__, e)"]
        if self.chance(0.4):
            out += [f"x = [*range({self.r.randint(0, 3)}), *'ab', *{{}}]", f"y = {{**{{'a': 1}}, 'b': 2, **{{'a': 3}}}}",
                    "P(x, y, (*x,), {*x} - {'a', 'b'})"]
        if self.chance(0.3):
            out += ["for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):", "    P(i, k, v)"]
        return out

    def deletes(self):
        out = [
            "x = 1",
            "lst = [0, 1, 2, 3, 4, 5]",
            "d = {'a': 1, 'b': 2}",
            "class O: pass",
            "o = O()",
            "o.attr = 1",
        ]
        for _ in range(self.r.randint(2, 5)):
            out += ["try:", "    " + self.pick([
                "del x\n    P(x)",
                "del x, lst[0]\n    P(lst)",
                f"del lst[{self.pick(['0', '-1', '9', '1:3', '::2', ':'])}]\n    P(lst)",
                f"del d[{self.pick(['\"a\"', '\"z\"', '1'])}]\n    P(d)",
                f"del o.{self.pick(['attr', 'nope'])}\n    P(vars(o))",
                "del (x)\n    P('deleted')",
                "del [lst[0], d['b']]\n    P(lst, d)",
                "del lst\n    P(lst)",
                "del O.nope",
            ]).replace("\n    ", "\n    "), "except Exception as e:", "    P(type(e).__name__, e)"]
        out2 = []
        for ln in out:
            out2 += ln.split("\n")
        return out2

    def augassign(self):
        return [
            "class Log:",
            "    def __init__(self):",
            "        self.v = [1]",
            "        self.n = 0",
            "    def __getitem__(self, k):",
            "        P('getitem', k)",
            "        return self.v[k]",
            "    def __setitem__(self, k, val):",
            "        P('setitem', k, val)",
            "        self.v[k] = val",
            "class Acc:",
            "    def __init__(self, v): self.v = v",
            f"    def __iadd__(self, o): {self.pick(['self.v += o; return self', 'return NotImplemented', 'return Acc(self.v + o)', 'return None'])}",
            "    def __add__(self, o): return Acc(self.v * 100 + o)",
            "    def __repr__(self): return f'Acc({self.v})'",
            "l = Log()",
            "try:",
            f"    l[0] += {self.pick(['1', '[2]', '\"s\"', '2.5'])}",
            f"    l.n += {self.small()}",
            f"    l.v[0] *= {self.small()}",
            "except TypeError as e:",
            "    P('TE', e)",
            "P(l.v, l.n)",
            "a = Acc(1)",
            "b = a",
            "try:",
            f"    a += {self.small()}",
            "except TypeError as e:",
            "    P('TE', e)",
            "P(a, b, a is b)",
            "t = ([1], 2)",
            "try:",
            "    t[0] += [3]",
            "except TypeError as e:",
            "    P('TE', e)",
            "P(t)",
            "d = {}",
            "try:",
            f"    d['k'] {self.pick(['+=', '-=', '|='])} 1",
            "except KeyError as e:",
            "    P('KE', e)",
            f"s = {q(self.word())}",
            f"s *= {self.r.randint(0, 3)}",
            "P(s)",
        ]

    def comp_scoping(self):
        out = [
            "x = 'outer'",
            f"lst = [x for x in range({self.r.randint(0, 4)})]",
            "P(x, lst)",
            f"vals = [y := v * 2 for v in range({self.r.randint(1, 4)})]",
            "P(y, vals)",
            f"P({{k: v for k, v in zip('abc', range({self.r.randint(0, 5)}))}}, {{v % 3 for v in range(7)}})",
            "P([(i, j) for i in range(3) if i for j in range(i)])",
            "P([[c * i for c in 'ab'] for i in range(2)])",
            "class K:",
            "    base = [1, 2]",
            "    first = [b for b in base]",
            "    try:",
            "        bad = [b + len(base) for b in range(2)]",
            "    except NameError as e:",
            "        P('NE', e)",
            "P(K.first)",
            "g = (n for n in range(3))",
            "P(sum(g), sum(g))",
            f"if (n := len({self.pick(['\"abc\"', '[]', '[1]'])})) > 1:",
            "    P('long', n)",
            "else:",
            "    P('short', n)",
        ]
        return out

    def exceptions_classes(self):
        return [
            "class AppError(Exception):",
            "    pass",
            "class NotFound(AppError, KeyError):",
            "    def __init__(self, key):",
            "        super().__init__(key)",
            "        self.key = key",
            "def find(d, k):",
            "    try:",
            "        return d[k]",
            "    except KeyError:",
            f"        raise NotFound(k) {self.pick(['', 'from None'])}",
            "for k in ['a', 'z']:",
            "    try:",
            "        P(find({'a': 1}, k))",
            f"    except {self.pick(['AppError', 'KeyError', 'LookupError', 'NotFound', 'Exception'])} as e:",
            "        P(type(e).__name__, e, repr(e), e.args, e.key, [c.__name__ for c in type(e).__mro__])",
            "try:",
            f"    raise {self.pick(['AppError', 'AppError()', 'AppError(1, 2)', 'NotFound(\"q\")', 'ExceptionGroup(\"g\", [ValueError(1)])'])}",
            "except Exception as e:",
            "    P(type(e).__name__, str(e), e.args)",
            "try:",
            f"    assert {self.pick(['1 == 2', 'False, \"msg\"', '[], (1, 2)', 'True'])}",
            "    P('passed')",
            "except AssertionError as e:",
            "    P('AE', e.args)",
        ]

    def scenario(self):
        """A slightly bigger ordinary program: a bank account / inventory / stack machine."""
        return self.pick([
            [
                "class InsufficientFunds(Exception):",
                "    pass",
                "class Account:",
                "    interest = 0.02",
                "    def __init__(self, owner, balance=0):",
                "        self.owner = owner",
                "        self._balance = balance",
                "        self.history = []",
                "    @property",
                "    def balance(self):",
                "        return self._balance",
                "    def deposit(self, amount):",
                "        if amount <= 0:",
                "            raise ValueError('amount must be positive')",
                "        self._balance += amount",
                "        self.history.append(('dep', amount))",
                "        return self",
                "    def withdraw(self, amount):",
                "        if amount > self._balance:",
                "            raise InsufficientFunds(f'{self.owner}: need {amount - self._balance}')",
                "        self._balance -= amount",
                "        self.history.append(('wd', amount))",
                "        return self",
                "    def __repr__(self):",
                "        return f'Account({self.owner!r}, {self._balance})'",
                "class Savings(Account):",
                "    interest = 0.05",
                "    def add_interest(self):",
                "        self.deposit(round(self.balance * self.interest, 2))",
                f"acc = {self.pick(['Account', 'Savings'])}('ann', {self.r.randint(0, 100)})",
            ] + [self.pick([
                f"try:\n    acc.deposit({self.r.randint(-5, 50)})\nexcept ValueError as e:\n    P('VE', e)",
                f"try:\n    acc.withdraw({self.r.randint(0, 120)})\nexcept InsufficientFunds as e:\n    P('IF', e)",
                "P(acc, acc.balance, acc.history)",
                "try:\n    acc.add_interest()\nexcept AttributeError as e:\n    P('AE', e)",
                "try:\n    acc.balance = 5\nexcept AttributeError as e:\n    P('AE', e)",
                f"P(acc.deposit({self.r.randint(1, 9)}).withdraw({self.r.randint(0, 9)}))",
            ]) for _ in range(self.r.randint(3, 6))],
            [
                "class Stack:",
                "    def __init__(self):",
                "        self._items = []",
                "    def push(self, x):",
                "        self._items.append(x)",
                "    def pop(self):",
                "        if not self._items:",
                "            raise IndexError('pop from empty stack')",
                "        return self._items.pop()",
                "    def __len__(self):",
                "        return len(self._items)",
                "def rpn(expr):",
                "    s = Stack()",
                "    for tok in expr.split():",
                "        if tok in '+-*/':",
                "            b, a = s.pop(), s.pop()",
                "            s.push({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])",
                "        else:",
                "            s.push(int(tok))",
                "    if len(s) != 1:",
                "        raise ValueError(f'bad expression: {len(s)} items left')",
                "    return s.pop()",
                f"for e in {[self.pick(['1 2 +', '3 4 * 2 -', '1 0 /', '5 +', '1 2', 'x 1 +', '2 3 4 * +', '', '9 3 / 2 *']) for _ in range(4)]!r}:",
                "    try:",
                "        P(repr(e), rpn(e))",
                "    except Exception as ex:",
                "        P(repr(e), type(ex).__name__, ex)",
            ],
            [
                "from collections import namedtuple, defaultdict, Counter",
                "Item = namedtuple('Item', 'name qty price')",
                f"items = [Item(n, q, p) for n, q, p in {[(self.pick(['nut', 'bolt', 'gear']), self.r.randint(0, 5), self.r.randint(1, 9) / 4) for _ in range(self.r.randint(0, 5))]!r}]",
                "by = defaultdict(list)",
                "for it in items:",
                "    by[it.name].append(it)",
                "P(sorted((k, len(v)) for k, v in by.items()))",
                "P(Counter(it.name for it in items).most_common(2))",
                "P(sorted(items, key=lambda i: (i.price, i.name))[:2])",
                "P([it._replace(qty=0) for it in items[:1]], Item._fields)",
                "total = sum(i.qty * i.price for i in items)",
                "P(f'{total:.2f}', round(total, 1))",
            ],
        ])

    def flow(self):
        return gen_flow.flow_case(self.r)

    def class_graph(self):
        return gen_classes.class_graph(self.r)

    # --- assembly -------------------------------------------------------------------------

    KINDS = [
        ("class_chain", 6), ("diamond", 4), ("class_attrs", 4), ("slots", 4), ("properties", 5),
        ("class_static", 3), ("dunder_container", 6), ("dunder_eq_hash", 5), ("dunder_misc", 6),
        ("iterator_class", 4), ("context_managers", 6), ("init_subclass", 3), ("isinstance_checks", 3),
        ("functions_binding", 8), ("mutable_default", 2), ("closures", 4), ("globals_", 2),
        ("decorators", 3), ("recursion", 2), ("lambdas", 2), ("generators", 7), ("yield_from", 5),
        ("try_finally", 8), ("chaining", 6), ("loops_else", 4), ("match_", 6), ("unpacking", 5),
        ("deletes", 4), ("augassign", 4), ("comp_scoping", 4), ("exceptions_classes", 4), ("scenario", 5),
        ("flow", 60), ("class_graph", 30),
    ]

    def case(self, n):
        names = [k for k, _ in self.KINDS]
        weights = [w for _, w in self.KINDS]
        kind = self.r.choices(names, weights)[0]
        meth = getattr(self, kind)
        body = meth(n) if kind == "globals_" else meth()
        lines = [f"# case {n}", f"def _case_{n}():", f"    P = _printer({n})"]
        for b in body:
            for ln in b.split("\n"):
                lines.append("    " + ln if ln else "")
        lines += ["try:", f"    _case_{n}()", "except Exception as e:", f"    print({n}, '!', type(e).__name__, e)"]
        return "\n".join(lines)


STMT_PRELUDE = '''\
import sys

def _printer(n):
    def P(*args, **kw):
        print(n, *args, **kw)
    return P
'''

ENDINGS = [
    # An uncaught exception raised a few frames deep, through a method and a generator.
    ["class _End:", "    def run(self, v):", "        return list(self.gen(v))", "    def gen(self, v):",
     "        yield 1", "        yield {}[v]", "_End().run('missing')"],
    ["def _end(n):", "    if n == 0:", "        raise ValueError('bottom') from KeyError('cause')", "    return _end(n - 1)", "_end(3)"],
    ["try:", "    1 / 0", "except ZeroDivisionError:", "    raise RuntimeError('while handling')"],
    ["class _CM:", "    def __enter__(self): return self", "    def __exit__(self, *a): return False",
     "with _CM():", "    [1, 2, 3][7]"],
    ["def _f(*, k):", "    return k", "_f(1)"],
    ["x, y = [1, 2, 3]"],
    ["class _S:", "    __slots__ = ('a',)", "_S().b = 1"],
    ["match {'a': 1}:", "    case {'a': v}:", "        assert v == 2, f'v is {v}'"],
    ["sys.exit(0)"], ["sys.exit(3)"], ["sys.exit('fatal: message')"], ["raise SystemExit(5)"],
    ["sys.exit()"], ["sys.exit(None)"], ["raise SystemExit('a', 'b')"],
    ["def _g():", "    try:", "        yield 1", "    finally:", "        sys.exit(4)", "for _ in _g():", "    pass"],
    ["raise KeyboardInterrupt"],
    ["class _E(Exception):", "    def __str__(self): return 'custom str'", "raise _E(1, 2)"],
]


def program(seed, index, cases):
    rnd = random.Random(f"stmt:{seed}:{index}")
    g = StmtGen(rnd)
    parts = [f"# difffuzz stmt program seed={seed} index={index}", STMT_PRELUDE]
    for n in range(1, cases + 1):
        parts.append(g.case(n))
    r = rnd.random()
    if r < 0.2:
        parts.append("# ending")
        parts.append("\n".join(rnd.choice(ENDINGS)))
    elif r < 0.5:
        parts.append("# ending")
        parts.append("\n".join(gen_traceback.chain(rnd)))
    return "\n".join(parts) + "\n"
