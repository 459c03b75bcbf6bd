# more str behaviour: unicode, iteration, comparisons, conversions
s = "naïve café ☕"
print(len(s), s.upper(), s[6:], list(s[:3]), s.find("é"), s.encode if False else "")
print("".join(sorted("banana")), "a" * 0, "-" * 10, "ab" in "cab", "x".join("123"))
print(str(3.0), str(-0.5), str(1e-7), str(123456789.123), repr(0.1), str([1.5, "a", None]))
print("Line1\nLine2".split("\n"), "a\tb".expandtabs() if hasattr("", "expandtabs") else "a       b")
print("%s and %s" % ("x", [1, 2]), "%3d|%-3d|" % (5, 6), "%.3s" % "abcdef", "%5.1f%%" % 99.55)
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words), [w.capitalize() for w in words], " ".join(reversed(words)))
print("abc".startswith(""), "".endswith(""), "aaa".count("a"), "aaa".replace("a", "bb"), "abc"[::-1])
print(ord("é"), chr(233), "é" == "\u00e9", "\x41", "tab:\t|", repr("\\"))
