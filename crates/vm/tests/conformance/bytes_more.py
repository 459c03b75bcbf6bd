# More bytes/bytearray methods: partition, rsplit, splitlines, padding, case, prefixes,
# and bytearray insert/remove/reverse.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"key=value=x"
print(b.partition(b"="), b.rpartition(b"="), b.partition(b"#"), b.rpartition(b"#"))
show(b.partition, b"")
show(b.partition, "=")
print(b"a b  c ".rsplit(), b"a,b,c".rsplit(b",", 1), b"  a b c  ".rsplit(None, 1), b"x".rsplit(b","))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"a\nb\n".splitlines(True), b"".splitlines(), b"a\x0bb\x85c".splitlines())
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-42".zfill(6), b"+7".zfill(4), b"abc".zfill(2))
show(b"ab".center, 5, "*")
show(b"ab".center, 5, b"**")
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"they're".title(), b"\xe9t\xe9".upper())
print(b"ABC".isupper(), b"abc".islower(), b"Abc".isupper(), b"123".isupper(), b"abc\x80".isascii(), b"".isascii())
ba = bytearray(b"hello")
ba.insert(0, 72)
ba.insert(-1, 33)
ba.insert(100, 63)
print(ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
show(ba.remove, 0)
show(ba.insert, 0, 300)
print(bytearray(b"a=b").partition(b"="), type(bytearray(b"x").rsplit()[0]).__name__)
print("{a}-{b}".format_map({"a": 1, "b": [2]}), "{x.real}".format_map({"x": 5}))
show("{missing}".format_map, {})
print((5).is_integer(), range(1, 9, 2).start, slice(None, 4).stop, [n for n in dir(range(1)) if not n.startswith("_")])

t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
print(bytearray(b"cab").translate(t), b"x".maketrans(b"", b"")[:3])
print(b"Hello World".istitle(), b"hello".istitle(), b"".istitle(), b"A1 B".istitle())
print(b"a\tb\n\tc".expandtabs(), b"a\tb".expandtabs(4), bytearray(b"\t").expandtabs(2))
for f in (lambda: bytes.maketrans(b"a", b"bc"), lambda: b"x".translate(b"short"), lambda: bytes.maketrans("a", "b")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
