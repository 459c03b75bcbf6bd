# Keyword arguments to the built-in functions and constructors: which take none, which
# check their names, and the order of CPython's checks (keywords before counts).


def attempt(label, f):
    try:
        r = f()
        if type(r).__name__ in ("zip", "map", "filter", "enumerate", "reversed"):
            r = list(r)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


# Functions that take no keywords say so first.
attempt("divmod kw", lambda: divmod(x=1))
attempt("divmod kw+pos", lambda: divmod(1, x=1))
attempt("getattr kw", lambda: getattr(1, "real", default=2))
attempt("hasattr kw", lambda: hasattr(1, name="x"))
attempt("setattr kw", lambda: setattr(1, "x", value=2))
attempt("delattr kw", lambda: delattr(1, name="x"))
attempt("iter kw", lambda: iter([1], sentinel=1))
attempt("next kw", lambda: next(iter([]), default=3))
attempt("format kw", lambda: format(1, format_spec="x"))
attempt("filter kw", lambda: filter(None, [1], x=1))
attempt("map kw", lambda: map(len, ["a"], x=1))
attempt("reversed kw", lambda: reversed([1], x=1))
attempt("len kw", lambda: len([], x=1))

# Constructors without keywords.
for name, ctor in [("bool", bool), ("list", list), ("tuple", tuple), ("set", set),
                   ("frozenset", frozenset), ("range", range), ("slice", slice)]:
    attempt(name + " kw", lambda: ctor(x=1))
    attempt(name + " iterable=", lambda: ctor(iterable=[1]))
attempt("list kw and two args", lambda: list([1], [2], x=1))
attempt("dict kw", lambda: dict([(1, 2)], x=3))


# A subclass keeps the inherited __init__: the keyword is refused; with its own
# __init__, tuple and frozenset leave the keywords to it.
class T(tuple):
    pass


class T2(tuple):
    def __init__(self, items, flag=False):
        self.flag = flag


class F2(frozenset):
    def __init__(self, items, flag=False):
        self.flag = flag


attempt("T kw", lambda: T([1], x=1))
attempt("T2 kw", lambda: (T2([1], flag=True), T2([1], flag=True).flag))
attempt("F2 kw", lambda: (sorted(F2([2, 1], flag=True)), F2([1], flag=True).flag))

# str(object='', encoding=..., errors=...).
attempt("str object=", lambda: str(object=12))
attempt("str x=", lambda: str(x=1))
attempt("str encoding only", lambda: str(encoding="utf-8"))
attempt("str errors only", lambda: str(b"a", errors="strict"))
attempt("str object= bytes", lambda: str(object=b"ab", encoding="ascii"))
attempt("str of str decoded", lambda: str("a", "utf-8"))
attempt("str of str bad codec", lambda: str("a", "nope"))
attempt("str of int decoded", lambda: str(1, "nope"))
attempt("str encoding type", lambda: str(b"a", 1))
attempt("str errors type", lambda: str(b"a", "utf-8", None))
attempt("str bad codec", lambda: str(b"a", "nope"))
attempt("str four", lambda: str(1, 2, 3, 4))

# bytes / bytearray(source, encoding, errors).
for name, ctor in [("bytes", bytes), ("bytearray", bytearray)]:
    attempt(name + " x=", lambda: ctor(x=1))
    attempt(name + " source=", lambda: ctor(source=b"ab"))
    attempt(name + " encoding type", lambda: ctor("a", 2))
    attempt(name + " int with encoding", lambda: ctor(1, "utf-8"))
    attempt(name + " str errors only", lambda: ctor("a", errors="strict"))
    attempt(name + " bytes errors only", lambda: ctor(b"a", errors="strict"))
    attempt(name + " encoding only", lambda: ctor(encoding="utf-8"))
    attempt(name + " errors no source", lambda: ctor(errors="strict"))
    attempt(name + " str encoded", lambda: ctor("é", encoding="utf-8"))
    attempt(name + " four", lambda: ctor(1, 2, 3, 4))

# enumerate binds as CPython's enum_vectorcall.
attempt("enumerate iterable=", lambda: enumerate(iterable="ab"))
attempt("enumerate iterable= start=", lambda: enumerate(iterable="ab", start=3))
attempt("enumerate start= iterable=", lambda: enumerate(start=3, iterable="ab"))
attempt("enumerate start= only", lambda: enumerate(start=1))
attempt("enumerate bad keyword", lambda: enumerate("ab", begin=1))
attempt("enumerate three", lambda: enumerate("ab", 0, start=1))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate big start", lambda: enumerate("ab", 2 ** 70))
attempt("enumerate str start", lambda: enumerate("ab", "x"))

# zip takes only strict; sorted passes its keywords to list.sort.
attempt("zip bad keyword", lambda: zip("a", foo=1))
attempt("zip strict", lambda: zip("ab", "cd", strict=1))
attempt("sorted bad keyword", lambda: sorted([2, 1], strict=True))
attempt("sorted iterable=", lambda: sorted(iterable=[1]))
attempt("sorted key reverse", lambda: sorted([1, 3, 2], key=lambda v: -v, reverse=True))
