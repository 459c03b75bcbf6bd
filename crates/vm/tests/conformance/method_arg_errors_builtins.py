# Argument errors of the built-in functions and constructors, and the common argument-type
# errors of methods, as CPython 3.12 words them.


class W:
    def __repr__(self):
        return "W()"


w = W()


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


functions = [
    abs, all, any, ascii, bin, bool, callable, chr, delattr, dict, divmod, enumerate,
    filter, float, format, frozenset, getattr, hasattr, hash, hex, id, int, isinstance,
    issubclass, iter, len, list, map, max, min, next, oct, ord, pow, range, repr,
    reversed, round, set, setattr, sorted, str, sum, tuple, zip,
]

def outcome(f, *args, **kw):
    try:
        f(*args, **kw)
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for f in functions:
    for n in (0, 1, 2, 3, 5):
        print(f"{f.__name__}{n} ->", outcome(f, *([w] * n)))
show("len(kw)", len, obj=1)
show("int(kw)", int, badkw=1)
show("float(kw)", float, x=1)
show("sum(kw)", sum, [], start=1, other=2)
show("pow(base=2, exp=3)", pow, base=2, exp=3)
show("pow(2, base=2)", pow, 2, base=2)
show("round(number=2.5)", round, number=2.5)
show("sum([1], start=10)", sum, [1], start=10)
show("enumerate(x=1)", enumerate, x=1)

print("--- argument types")
show('"a".split(1)', "a".split, 1)
show('"a b".split(None, 1)', "a b".split, None, 1)
show('"a".split("")', "a".split, "")
show('"a".split(maxsplit="x")', "a".split, maxsplit="x")
show('"a".split(sep=1, maxsplit=1)', "a".split, sep=1, maxsplit=1)
show('"a".split("a", sep="b")', "a".split, "a", sep="b")
show('"a".join([1])', "a".join, [1])
show('"a".join(1)', "a".join, 1)
show('"abc".index("z")', "abc".index, "z")
show('"abc".find(1)', "abc".find, 1)
show('"abc".find("a", "x")', "abc".find, "a", "x")
show('"abc".find("a", None, None)', "abc".find, "a", None, None)
show('"abc".count(1, 0)', "abc".count, 1, 0)
show('"abc".startswith(1)', "abc".startswith, 1)
show('"abc".startswith((1,))', "abc".startswith, (1,))
show('"abc".strip(1)', "abc".strip, 1)
show('"abc".rstrip(None)', "abc".rstrip, None)
show('"abc".replace(1, "x")', "abc".replace, 1, "x")
show('"abc".removeprefix(1)', "abc".removeprefix, 1)
show('"abc".center("x")', "abc".center, "x")
show('"abc".center(5, "xy")', "abc".center, 5, "xy")
show('"abc".zfill("x")', "abc".zfill, "x")
show('"abc".encode(1)', "abc".encode, 1)
show('"abc".encode(encoding=1)', "abc".encode, encoding=1)
show('int("x")', int, "x")
show('int("12", 1)', int, "12", 1)
show('int(1.5, 10)', int, 1.5, 10)
show('float("x")', float, "x")
show("[].index(1)", [].index, 1)
show("[1].index(1, 'a')", [1].index, 1, "a")
show("[1].index(1, None)", [1].index, 1, None)
show("(1, 2).index(2, 0, 1)", (1, 2).index, 2, 0, 1)
show("(1, 2).index(2, 'a')", (1, 2).index, 2, "a")
show("[].pop()", [].pop)
show("[1].pop('a')", [1].pop, "a")
show("[].insert('a', 1)", [].insert, "a", 1)
show("[].sort(1)", [].sort, 1)
show("[].sort(key=1, reverse=2, x=3)", [].sort, key=1, reverse=2, x=3)
show("[1, 'a'].sort()", [1, "a"].sort)
show("{}.get()", {}.get)
show("{}.pop('k')", {}.pop, "k")
show("{}.fromkeys()", {}.fromkeys)
show("{}.update(1)", {}.update, 1)
show("{}.update([1])", {}.update, [1])
show("{}.update({}, {})", {}.update, {}, {})
show("{}.setdefault()", {}.setdefault)
show("set().remove(1)", set().remove, 1)
show("set().add([])", set().add, [])
show("set().update(1)", set().update, 1)
show("b'a'.split(1)", b"a".split, 1)
show("b'a'.split(maxsplit='x')", b"a".split, maxsplit="x")
show("b'a'.find('a')", b"a".find, "a")
show("b'a'.find(b'a', 'x')", b"a".find, b"a", "x")
show("b'a'.hex(1, 2, 3)", b"a".hex, 1, 2, 3)
show("b'a'.translate()", b"a".translate)
show("delattr(w, 1)", delattr, w, 1)
show("getattr(w, 1)", getattr, w, 1)
show("round(w, 'x')", round, w, "x")

print("--- bytes.hex separators")
for args in [(), (":",), (":", 2), (":", -2), (b"-", 1), ("ab",), ("é",), (":", 0), (1,), (w, w)]:
    for d in (b"", b"\x01", b"\x01\x02\x03", b"\x01\x02\x03\x04\x05"):
        show(f"{d!r}.hex{args!r}", d.hex, *args)
show("bytearray hex", bytearray(b"\x01\x02\x03").hex, ":", 2)
show("b'-'.join(1)", b"-".join, 1)
show("bytearray().extend(1)", bytearray().extend, 1)

print("--- format_map looks names up one by one")


class Upper:
    def __getitem__(self, k):
        return k.upper()


show("format_map(Upper())", "{a}-{b}".format_map, Upper())
show("format_map(w)", "no fields".format_map, w)
show("format_map({})", "{a}".format_map, {})
show("format_map index", "{x[1]}".format_map, {"x": [1, 2]})
show('str.maketrans(1, "a")', str.maketrans, 1, "a")
show('str.maketrans("a", "b", 1)', str.maketrans, "a", "b", 1)
show('str.maketrans("ab", "b")', str.maketrans, "ab", "b")

print("--- methods called through their type without a receiver")
for label, m in [
    ("list.append", list.append), ("list.pop", list.pop), ("dict.get", dict.get),
    ("str.upper", str.upper), ("str.split", str.split), ("bytes.hex", bytes.hex),
    ("set.union", set.union), ("tuple.index", tuple.index),
]:
    show(f"{label}()", m)
show("dict.fromkeys([1])", dict.fromkeys, [1])
show('bytes.fromhex("61")', bytes.fromhex, "61")
