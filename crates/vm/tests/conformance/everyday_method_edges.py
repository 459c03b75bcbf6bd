# Edge cases of everyday methods: format_map with positional fields, the
# xmlcharrefreplace handler, list and bytearray slice stores, dict view membership and
# isdisjoint, sum() refusing bytearray, bytearray's repr quoting, __format__ as a method.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


attempt("format_map named", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
attempt("format_map index", lambda: "{0}".format_map({}))
attempt("format_map auto", lambda: "{}".format_map({"": 1}))
attempt("format_map switch", lambda: "{}{0}".format_map({}))
attempt("format_map missing", lambda: "{a}".format_map({}))
attempt("format index", lambda: "{0}{1}".format("a"))

for errors in ["xmlcharrefreplace", "backslashreplace", "replace", "ignore"]:
    attempt("encode ascii " + errors, lambda: "a\xe9\u20ac\U0001f600b".encode("ascii", errors))
    attempt("encode latin-1 " + errors, lambda: "a\xe9\u20acb".encode("latin-1", errors))
attempt("decode xmlcharrefreplace ok", lambda: b"abc".decode("ascii", "xmlcharrefreplace"))
attempt("decode xmlcharrefreplace bad", lambda: b"a\xffc".decode("ascii", "xmlcharrefreplace"))
attempt("decode utf-8 xmlcharrefreplace bad", lambda: b"a\xffc".decode("utf-8", "xmlcharrefreplace"))
attempt("str() xmlcharrefreplace", lambda: str(b"ab", "ascii", "xmlcharrefreplace"))


def store(target, key, value):
    target[key] = value
    return target


for key in [slice(2, 5), slice(None, None, 2), slice(5, 2), slice(None, None, -3)]:
    attempt("list store int %r" % (key,), lambda: store(list(range(8)), key, 1))
    attempt("list store None %r" % (key,), lambda: store(list(range(8)), key, None))
    attempt("list store str %r" % (key,), lambda: store(list(range(8)), key, "abcd"))
attempt("list store step zero", lambda: store(list(range(8)), slice(None, None, 0), 1))
attempt("list store generator", lambda: store(list(range(8)), slice(1, 3), (x * 10 for x in range(4))))
attempt("list store itself", lambda: (lambda l: store(l, slice(1, 2), l))([1, 2, 3]))
attempt("list extended size", lambda: store(list(range(8)), slice(None, None, 2), [0] * 3))

for key in [slice(1, 3), slice(None, None, 2), slice(None, None, -2), slice(5, 1, -1)]:
    for value in [b"XYZ", b"WXYZ", [65, 66, 67], 5, "abc", None, bytearray(b"pq"), [1, 256]]:
        attempt("bytearray store %r %r" % (key, value),
                lambda: store(bytearray(b"abcdef"), key, value))

d = {1: "a", 2: [3]}
for item in [(1, "a"), (1, "b"), (3, "a"), (2, [3]), ([], 1), (1,), [1, "a"], 1, ((), 1)]:
    attempt("in items %r" % (item,), lambda: item in d.items())
attempt("keys isdisjoint", lambda: d.keys().isdisjoint([3, 4]))
attempt("keys not disjoint", lambda: d.keys().isdisjoint({2}))
attempt("keys isdisjoint self", lambda: d.keys().isdisjoint(d.keys()))
attempt("empty keys isdisjoint self", lambda: {}.keys().isdisjoint({}.keys()))
attempt("items isdisjoint", lambda: d.items().isdisjoint([(1, "a")]))
attempt("items isdisjoint big set", lambda: d.items().isdisjoint({(1, "b"), (5, 5), (6, 6)}))
attempt("keys isdisjoint no arg", lambda: d.keys().isdisjoint())
attempt("keys isdisjoint int", lambda: d.keys().isdisjoint(5))
attempt("values isdisjoint", lambda: d.values().isdisjoint([]))

attempt("sum bytearray", lambda: sum([bytearray(b"a")], bytearray()))
attempt("sum bytes", lambda: sum([b"a"], b""))
attempt("sum str", lambda: sum(["a"], ""))
attempt("sum bytearray items", lambda: sum([bytearray(b"a")]))

for data in [b"'", b'"', b"'\"", b"a'b", b"\\'", b""]:
    print(repr(bytearray(data)), repr(bytes(data)), str(bytearray(data)))


class A:
    def __format__(self, spec):
        return "A(" + super().__format__(spec) + ")"

    def __str__(self):
        return "a"


class I(int):
    def __format__(self, spec):
        return "I" + super().__format__(spec)

    def __str__(self):
        return "eye"


attempt("float __format__", lambda: (1.5).__format__(".2f"))
attempt("int __format__", lambda: (255).__format__("#x"))
attempt("str __format__", lambda: "ab".__format__("*^6"))
attempt("A empty", lambda: format(A(), ""))
attempt("A spec", lambda: format(A(), "x"))
attempt("I spec", lambda: f"{I(255):x}")
attempt("I empty", lambda: f"{I(255)}")
attempt("format spec type", lambda: (5).__format__(1))
attempt("list __format__", lambda: [1].__format__(""))
attempt("list __format__ spec", lambda: [1].__format__("x"))
