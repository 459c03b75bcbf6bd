# Slices and windowed find/startswith/count on non-ASCII strings (1-, 2-, 3- and 4-byte UTF-8
# characters): char indexes are converted to byte offsets, including bounds past either end.
samples = ["é" + "abc" * 3, "日本語テキストabc", "a😀b😀c", "ñ", "😀", "xé😀日y" * 4]
bounds = [None, -100, -5, -1, 0, 1, 2, 3, 7, 19, 100]
for s in samples:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(s[a:b])
    print(repr(s), len(s), hash(tuple(out)) == hash(tuple(out)), out[:6], out[-8:])
    print([s[a:b] for a, b in [(1, 3), (2, 2), (3, 1), (-3, None), (None, -2)]])
    for sub in ["a", "😀", "日", "", "b", "zz", "é"]:
        print(sub, [s.find(sub, a, b) for a, b in [(0, None), (1, None), (2, 5), (-3, None), (50, None), (-50, 3)]],
              [s.rfind(sub, a) for a in (0, 2, -2)], s.count(sub, 1, -1),
              [s.startswith(sub, a) for a in (0, 1, 2, -1)], [s.endswith(sub, 0, b) for b in (1, 3, -1)])
    try:
        s.index("zz", 1)
    except ValueError as e:
        print("index", e)
long = "é" + "a" * 5000 + "😀" + "b" * 5000
print(long.find("😀", 10), long[4999:5003], long.find("b", 5001, 5003), long.startswith("a😀", 5000))
print(sum(len(long[i:i + 3]) for i in range(0, len(long), 97)), [long[i:i + 2] for i in range(4999, 5003)])
