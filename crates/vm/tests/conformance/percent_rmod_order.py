# str % x formats before x.__rmod__ (a str subclass's __rmod__ still comes first).
class R:
    def __rmod__(self, o): return "rmod"
class S(str):
    def __rmod__(self, o): return "S.rmod"
print("%s" % R() != "rmod", "x%sy" % (R(),) != "rmod", "%s" % S("a"), 5 % R())
