# collections.UserString: str behaviour through `data`, text results of the subclass.
from collections import UserString
import collections.abc


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), s[0], type(s[0]).__name__, s[::-1], s.shout(), type(s.shout()).__name__)
print(s + "?", "> " + s, type("> " + s).__name__, s * 2, s == "hello world", s < "z", "lo" in s, Shout("lo") in s)
print(s.split(), s.count("o"), s.find("w"), s.startswith("he"), s.title(), s.replace("o", "0"), s.center(15, "*"))
print(s.strip("hd"), s.partition(" "), s.isalpha(), s.removeprefix("hello "), s.zfill(13), s.encode())
print(UserString(12), int(UserString("7")) + 1, float(UserString("1.5")), hash(s) == hash("hello world"))
print(sorted([Shout("b"), Shout("a")]), list(reversed(Shout("abc"))), "%s|" % s, Shout("%d apples") % 3)
print(isinstance(s, collections.abc.Sequence), isinstance(s, str), s.join(["a", "b"]), Shout("{}-{x}").format(1, x=2))
print(UserString.maketrans("a", "b"), s.translate({ord("o"): "0"}))
