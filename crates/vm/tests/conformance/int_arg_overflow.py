# Integer arguments too big for a machine size: OverflowError wording by conversion
# (the "n" format, sequence repetition, subscripts), and clamping where CPython clamps
# (start/end arguments, round's ndigits).
cases = [
    lambda: "a".center(10**19),
    lambda: "abc".zfill(-10**19),
    lambda: [1].insert(10**20, 0),
    lambda: [1, 2].pop(10**20),
    lambda: [0] * 10**20,
    lambda: 10**20 * "ab",
    lambda: (1,) * -10**20,
    lambda: b"ab" * 10**20,
    lambda: "ab" * 2**62,
    lambda: b"ab" * 2**62,
    lambda: [1, 2][10**20],
    lambda: "ab"[-10**20],
]
for f in cases:
    try:
        f()
        print("no error")
    except (OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
print(round(1.5, 10**20), round(1.5, -10**20), round(12345.678, -10**20))
print([1, 2].index(2, 0, 10**20), [1, 2].index(2, -10**20))
print("abcb".find("b", -10**20, 10**20), "abcb".rfind("b", 10**20), "abc".count("b", -2**63, 2**63))
print(b"abcb".find(b"b", -10**20, 10**20), b"abc".index(b"c", -2**63))
print([1] * -5, "ab" * 0, 3 * "x", (1, 2) * 2, b"a" * 3, 2 * bytearray(b"z"))
