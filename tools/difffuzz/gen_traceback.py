"""Uncaught errors deep in program structure, for the `stmt` shape of difffuzz.

The program's ending: an error raised several frames down a random chain of plain
functions, methods, properties, `__getitem__`, generators (drained by `list`), lambdas,
comprehensions, decorators' wrappers and class bodies, each frame calling the next in a
random statement form (so the traceback's caret ranges differ), the failing expression
itself random, and sometimes caught and re-raised with chaining. The whole traceback
(stderr) and the exit status are compared.
"""

FAILS = [
    "x['missing']", "x.nope", "x / 0", "x + 'a'", "int('q' + str(x))", "[1, 2][x + 5]",
    "x(1)", "len(x) + x", "undefined_name", "{'a': {}}['a']['b']", "x.attr.deeper",
    "(x,)[3]", "float('inf') // 0 if x else 1 / 0", "int(x) ** -1 if x == 0 else {}[x]",
    "'%d' % 'x'", "next(iter([]))", "sorted([x, 'a'])", "obj_missing.method()",
    "(lambda a, b: a)(x)", "str(x).index('~')",
]

ARGS = ["0", "1", "'s'", "None", "[1]", "{}", "2.5"]


def chain(rnd):
    depth = rnd.randint(1, 5)
    defs = []
    fail = rnd.choice(FAILS)
    # Frame 0 raises; frame i calls frame i-1.
    callee = None
    for i in range(depth):
        name = f"f{i}"
        if callee is None:
            body = rnd.choice([
                [f"return {fail}"],
                [f"y = {fail}", "return y"],
                ["if x is not ...:", f"    raise ValueError(f'bad {{x!r}}')"],
                [f"result = (", f"    {fail}", ")", "return result"],
                ["assert x == 'never', x"],
                # Augmented assignments (their own traceback locations).
                ["y = x", "y += 1", "return y"],
                ["y = [x]", "y[0] -= 'z'", "return y"],
                ["x.count += 1"],
                ["global total", "total += x"],
            ])
            defs.append((name, "def", [f"def {name}(x):"] + ["    " + b for b in body]))
        else:
            call = callee
            form = rnd.choice(["def", "method", "property", "getitem", "gen", "lambda", "comp", "deco", "reraise"])
            if form == "def":
                stmt = rnd.choice([f"return {call}(x)", f"v = {call}(x) + 1\n    return v", f"return [{call}(x)][0]",
                                   f"return str({call}(\n        x))"])
                defs.append((name, form, [f"def {name}(x):", f"    {stmt}"]))
            elif form == "method":
                defs.append((name, form, [f"class K{i}:", "    def run(self, x):", f"        return {call}(x)",
                                          f"def {name}(x):", f"    return K{i}().run(x)"]))
            elif form == "property":
                defs.append((name, form, [f"class K{i}:", "    def __init__(self, x):", "        self.x = x",
                                          "    @property", "    def value(self):", f"        return {call}(self.x)",
                                          f"def {name}(x):", f"    return K{i}(x).value"]))
            elif form == "getitem":
                defs.append((name, form, [f"class K{i}:", "    def __getitem__(self, x):", f"        return {call}(x)",
                                          f"def {name}(x):", f"    return K{i}()[x]"]))
            elif form == "gen":
                defs.append((name, form, [f"def g{i}(x):", "    yield 1", f"    yield {call}(x)",
                                          f"def {name}(x):", f"    return list(g{i}(x))"]))
            elif form == "lambda":
                defs.append((name, form, [f"{name} = lambda x: {call}(x)"]))
            elif form == "comp":
                defs.append((name, form, [f"def {name}(x):", f"    return [{call}(v) for v in [x]]"]))
            elif form == "deco":
                defs.append((name, form, ["def deco(fn):", "    def wrapper(*a):", "        return fn(*a)",
                                          "    return wrapper", "@deco", f"def {name}(x):", f"    return {call}(x)"]))
            else:
                defs.append((name, form, [f"def {name}(x):", "    try:", f"        return {call}(x)",
                                          f"    except {rnd.choice(['Exception', 'LookupError', 'TypeError'])} as e:",
                                          f"        raise RuntimeError('wrapped'){rnd.choice([' from e', '', ' from None'])}"]))
        callee = name
    out = []
    for _, _, lines in defs:
        out += lines
    arg = rnd.choice(ARGS)
    top = rnd.choice([f"{callee}({arg})", f"print({callee}({arg}))", f"for _ in range(1):\n    {callee}({arg})",
                      f"class Top:\n    value = {callee}({arg})"])
    out += [top]
    return out
