"""Random control flow for the `stmt` shape of difffuzz (gen_stmt.py).

A scenario here is a function whose body is a random tree of nested blocks — `if`, `for`
and `while` (with `else`), `try` with `except`/`else`/`finally`, `with` over a context
manager that may suppress, nested closures — whose leaves are traced steps (`P('s', 3)`),
assignments, `raise`, bare `raise` (in handlers), `return`, `break`/`continue` (in loops,
also inside `finally`), `del`, and `yield` (the function is then a generator, driven by
`next`, `send`, `throw` or `close`). Every step prints, so the exact path through the
blocks — what the eval loop's block stack and exception state decide — is compared.
Loops are bounded (`range`, counters incremented first), so every program ends.
"""

EXCS = ["ValueError", "KeyError", "TypeError", "Oops"]


class FlowGen:
    def __init__(self, rnd, max_depth=4):
        self.r = rnd
        self.max_depth = max_depth
        self.step = 0
        self.loop_vars = []
        self.gen = False
        self.has_sub = False

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def trace(self):
        self.step += 1
        return f"P('s', {self.step})"

    def cond(self):
        opts = ["tick() % 2 == 0", "tick() % 3 == 1", "n > 1", "n == 0", "True", "False"]
        opts += [f"{v} == {self.r.randint(0, 2)}" for v in self.loop_vars]
        return self.pick(opts)

    def exc(self):
        e = self.pick(EXCS)
        return f"{e}({self.step})"

    def block(self, depth, ctx):
        """A list of statements (lines, indented relative to the block)."""
        out = []
        for _ in range(self.r.randint(1, 3)):
            out += self.stmt(depth, ctx)
        return out

    def leaf(self, ctx):
        opts = [lambda: [self.trace()]] * 4
        opts += [lambda: [f"acc.append({self.step})", self.trace()]]
        opts += [lambda: [f"if {self.cond()}:", f"    raise {self.exc()}"]]
        opts += [lambda: [f"if {self.cond()}:", f"    return {self.step}"]]
        opts += [lambda: [f"x = {self.r.randint(0, 9)}", "P('x', x)"]]
        opts += [lambda: ["P('x?', x if 'x' in locals() else '-')"]]
        opts += [lambda: ["acc.append(n)", "n -= 1"]]
        if "loop" in ctx:
            opts += [lambda: [f"if {self.cond()}:", "    break"], lambda: [f"if {self.cond()}:", "    continue"]]
        if "except" in ctx:
            opts += [lambda: [f"if {self.cond()}:", "    raise"],
                     lambda: ["P('ctx', type(sys.exc_info()[1]).__name__)"],
                     lambda: [f"raise {self.pick(EXCS)}('in handler') from {self.pick(['e', 'None', 'KeyError(1)'])}"]]
        opts += [lambda: ["del x"], lambda: [f"assert {self.cond()}, {self.step}"]]
        if self.gen:
            opts += [lambda: [f"got = yield {self.step}", "P('got', got)"]] * 3
            if self.has_sub:
                opts += [lambda: ["r = yield from sub(n)", "P('sub gave', r)"]]
        return self.pick(opts)()

    def stmt(self, depth, ctx):
        if depth >= self.max_depth or self.chance(0.35):
            return self.leaf(ctx)
        kind = self.pick(["if", "for", "while", "try", "try", "try", "with", "def"])
        ind = lambda lines: ["    " + ln for ln in lines]
        d = depth + 1
        if kind == "if":
            out = [f"if {self.cond()}:"] + ind(self.block(d, ctx))
            if self.chance(0.5):
                out += ["else:"] + ind(self.block(d, ctx))
            return out
        if kind in ("for", "while"):
            v = f"i{depth}"
            self.loop_vars.append(v)
            k = self.r.randint(0, 3)
            body_ctx = ctx | {"loop"}
            if kind == "for":
                out = [f"for {v} in range({k}):"] + ind(self.block(d, body_ctx))
            else:
                out = [f"{v} = 0", f"while {v} < {k}:", f"    {v} += 1"] + ind(self.block(d, body_ctx))
            self.loop_vars.pop()
            if self.chance(0.4):
                out += ["else:", f"    P('else', {self.step})"]
            return out
        if kind == "try":
            out = ["try:"] + ind(self.block(d, ctx))
            handlers = self.r.randint(0 if self.chance(0.3) else 1, 2)
            for _ in range(handlers):
                what = self.pick(["ValueError", "KeyError", "(TypeError, Oops)", "Exception", "LookupError"])
                out += [f"except {what} as e:", f"    P('caught', type(e).__name__, e.args)"]
                out += ind(self.block(d, ctx | {"except"}))
            if handlers and self.chance(0.3):
                out += ["else:"] + ind(self.block(d, ctx))
            if not handlers or self.chance(0.5):
                out += ["finally:", f"    P('fin', {self.step})"] + ind(self.block(d, ctx - {"except"}))
            return out
        if kind == "with":
            sup = self.pick(["False", "True", "'ValueError'", "'KeyError'"])
            return [f"with CM({self.step}, {sup}) as c:"] + ind(self.block(d, ctx))
        # A closure that reads and rebinds the enclosing counter.
        return ["def inner():", "    nonlocal n", "    n += 10", f"    return n", "P('inner', inner())"]

    def function(self, name="f"):
        self.gen = self.gen or self.chance(0.3)
        body = self.block(0, frozenset())
        if self.gen and not any("yield" in ln for ln in body):
            body.append("yield 'last'")
        lines = [f"def {name}(n):", "    acc = []"] + ["    " + ln for ln in body] + [f"    return ({name!r}, acc)"]
        return lines

    def with_sub(self):
        """`f`, a generator, with `sub`, a smaller generator it delegates to by `yield from`."""
        sub = FlowGen(self.r, max_depth=2)
        sub.gen = True
        sub.step = 100
        lines = sub.function("sub")
        self.gen = True
        self.has_sub = True
        return lines + self.function()


PRELUDE = [
    "import sys",
    "class Oops(Exception):",
    "    pass",
    "ticks = [0]",
    "def tick():",
    "    ticks[0] += 1",
    "    return ticks[0]",
    "class CM:",
    "    def __init__(self, k, suppress):",
    "        self.k, self.suppress = k, suppress",
    "    def __enter__(self):",
    "        P('enter', self.k)",
    "        return self.k",
    "    def __exit__(self, t, v, tb):",
    "        P('exit', self.k, t.__name__ if t else None)",
    "        if isinstance(self.suppress, str):",
    "            return t is not None and t.__name__ == self.suppress",
    "        return self.suppress",
]


def flow_case(rnd):
    """Lines of a scenario: the prelude, a random function, and a driver."""
    # (Depth 5 makes programs CPython needs seconds to compile: its compiler copies a
    # `finally` body into every exit path, nested ones multiply.)
    g = FlowGen(rnd, max_depth=rnd.choice([3, 4]))
    out = PRELUDE + (g.with_sub() if rnd.random() < 0.2 else g.function())
    arg = rnd.randint(0, 3)
    if g.gen:
        drive = rnd.choice([
            [f"P(list(f({arg})))"],
            [f"it = f({arg})", "P(next(it, 'exhausted'))", "P(it.send('a') if True else 0)", "P(list(it))"],
            [f"it = f({arg})", "P(next(it, 'exhausted'))", "P(it.throw(ValueError('thrown')))", "P(list(it))"],
            [f"it = f({arg})", "P(next(it, 'exhausted'))", "P(it.close())", "P(list(it))"],
            [f"it = f({arg})", "for v in it:", "    P('v', v)", "    if v == 3:", "        break"],
        ])

    else:
        drive = [f"P(f({arg}))", f"P(f({rnd.randint(0, 3)}))"]
    out += ["try:"] + ["    " + d for d in drive]
    out += ["except Exception as e:", "    P('out', type(e).__name__, e.args, type(e.__context__).__name__)"]
    if g.gen:
        # Run the generator to its end: one that ignores GeneratorExit would otherwise be
        # closed when it dies, and CPython reports that with an address.
        out += ["try:", "    P('rest', list(it) if 'it' in locals() else [])",
                "except Exception as e:", "    P('rest!', type(e).__name__, e.args)"]
    out += ["P('ticks', ticks)"]
    return out
