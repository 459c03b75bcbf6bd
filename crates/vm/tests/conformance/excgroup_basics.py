# BaseExceptionGroup / ExceptionGroup (PEP 654): construction checks, attributes, str/repr.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


print("--- constructor checks")
show("no args", lambda: ExceptionGroup())
show("one arg", lambda: ExceptionGroup("m"))
show("three args", lambda: ExceptionGroup("m", [ValueError(1)], 3))
show("empty", lambda: ExceptionGroup("m", []))
show("not an exception", lambda: ExceptionGroup("m", [ValueError(1), 1]))
show("message not str", lambda: ExceptionGroup(1, [ValueError()]))
show("not a sequence", lambda: ExceptionGroup("m", ValueError()))
show("set", lambda: ExceptionGroup("m", {1}))
show("None", lambda: ExceptionGroup("m", None))
show("str is a sequence", lambda: ExceptionGroup("m", "ab"))
show("keyword", lambda: ExceptionGroup("m", [ValueError(1)], x=1))
show("BaseException inside", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("exception class, not instance", lambda: ExceptionGroup("m", [ValueError]))

print("--- which class")
print(type(BaseExceptionGroup("m", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("m", [SystemExit(2)])).__name__)
print(type(ExceptionGroup("m", (TypeError(),))).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(ExceptionGroup.__bases__ == (BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(ExceptionGroup("m", [ValueError()]), BaseExceptionGroup))

print("--- attributes")
excs = [ValueError(1), TypeError("two")]
eg = ExceptionGroup("problems", excs)
print(repr(eg.message), eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, eg.args[1] is excs)
print(eg.exceptions[0] is excs[0])
excs.append(KeyError(3))
print(len(eg.exceptions), "after the list grew")
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(ExceptionGroup("", (ValueError("x"),))))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 1)
    except AttributeError as e:
        print("set", attr, "->", type(e).__name__, e)
eg.other = 5
print(eg.other)

print("--- nesting")
inner = ExceptionGroup("inner", [ValueError(2), TypeError(3)])
outer = BaseExceptionGroup("outer", [ValueError(1), inner, KeyboardInterrupt()])
print(type(outer).__name__, repr(outer))
print(outer.exceptions[1] is inner)
print(str(outer))

print("--- derive")
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d), d.message)
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
show("derive()", lambda: eg.derive())

print("--- subclasses")


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


m = MyEG("mine", [ValueError(1)])
print(type(m).__name__, repr(m), str(m), isinstance(m, ExceptionGroup))
show("MyEG with BaseException", lambda: MyEG("m", [KeyboardInterrupt()]))
print(type(MyBEG("b", [ValueError(1)])).__name__)
print(type(MyBEG("b", [KeyboardInterrupt()])).__name__)


class CodeEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return CodeEG(self.message, excs, self.code)


c = CodeEG("coded", [ValueError(1), TypeError(2)], 42)
print(type(c).__name__, c.code, c.args, str(c))
match, rest = c.split(ValueError)
print(type(match).__name__, match.code, repr(match.exceptions))
print(type(rest).__name__, rest.code, repr(rest.exceptions))


class StrEG(ExceptionGroup):
    def __str__(self):
        return "custom " + self.message


print(str(StrEG("s", [ValueError()])))

print("--- dir")
print([n for n in dir(ExceptionGroup("d", [ValueError()])) if not n.startswith("__")])
print(dir(ExceptionGroup) == dir(ExceptionGroup("d", [ValueError()])))
print([n for n in dir(ValueError()) if not n.startswith("__")])
print(sorted(set(dir(ExceptionGroup)) - set(dir(Exception))))
