# ExceptionGroup.split / subgroup: by type, tuple of types and predicate; the parts keep the
# original's traceback, context, cause and (a copy of) its notes.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


v1, t2, v3, k4 = ValueError(1), TypeError(2), ValueError(3), KeyError(4)
inner = ExceptionGroup("inner", [t2, v3])
eg = ExceptionGroup("eg", [v1, inner, k4])

print("--- split by type")
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.exceptions[0] is v1, match.exceptions[1].exceptions[0] is v3)
print(eg.split(TypeError))
print(eg.split((KeyError, TypeError)))
print(eg.split(OSError))
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
m, r = eg.split(BaseExceptionGroup)
print(m is eg, r)

print("--- split by predicate")
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.split(lambda e: e.args == (2,)))
seen = []


def record(e):
    seen.append(type(e).__name__)
    return False


eg.split(record)
print(seen)
print(eg.split(lambda e: e is inner))

print("--- subgroup")
print(repr(eg.subgroup(ValueError)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(Exception) is eg)

print("--- bad matchers")
show("split(1)", lambda: eg.split(1))
show("split(int)", lambda: eg.split(int))
show("split((ValueError, 1))", lambda: eg.split((ValueError, 1)))
show("split([ValueError])", lambda: eg.split([ValueError]))
show("split()", lambda: eg.split())
show("split(a, b)", lambda: eg.split(ValueError, TypeError))
show("subgroup()", lambda: eg.subgroup())
show("predicate raises", lambda: eg.split(lambda e: 1 / 0))

print("--- metadata copied onto the parts")
try:
    try:
        raise KeyError("cause")
    except KeyError as c:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from c
except ExceptionGroup as e:
    g = e
g.add_note("note on the group")
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), part.__context__ is g.__context__)
    print(" ", part.__suppress_context__, part.__notes__, part.__notes__ is g.__notes__)
    print(" ", part.__traceback__ is not None, part.__traceback__.tb_lineno == g.__traceback__.tb_lineno)
print(ExceptionGroup("fresh", [ValueError()]).split(ValueError)[0].__traceback__)

print("--- derive is used for the parts")


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "+", excs)


t = Tagged("tag", [ValueError(1), TypeError(2)])
print(t.split(ValueError))
print(repr(t.subgroup(TypeError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 1


show("derive returns 1", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
