# match: compile-time SyntaxErrors and run-time TypeErrors
import collections


def syntax(src):
    try:
        exec(src, {"x": 0})
        print("compiled:", src.replace("\n", " / "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))


syntax("match x:\n case y:\n  pass\n case 2:\n  pass\n")
syntax("match x:\n case _:\n  pass\n case 2:\n  pass\n")
syntax("match x:\n case (y | 1):\n  pass\n case 2:\n  pass\n")
syntax("match x:\n case y | z:\n  pass\n")
syntax("match x:\n case [y] | (z,):\n  pass\n")
syntax("match x:\n case [y, y]:\n  pass\n")
syntax("match x:\n case {'a': y, **y}:\n  pass\n")
syntax("match x:\n case C(a=y, a=z):\n  pass\n")
syntax("match x:\n case {'a': 1, 'a': 2}:\n  pass\n")
syntax("match x:\n case {1: 1, True: 2}:\n  pass\n")
syntax("match x:\n case (_ as y) | 2:\n  pass\n")
syntax("match x:\n case y as y:\n  pass\n")
syntax("match x:\n case __debug__:\n  pass\n")
syntax("match x:\n case y if y:\n  pass\n case z:\n  pass\n case 2:\n  pass\n")
syntax("match x:\n case [*a, *b]:\n  pass\n")
syntax("match x:\n case y:\n  pass\n")
syntax("match x:\n case _ if x:\n  pass\n case _:\n  pass\n")


class Point:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1
        self.y = 2


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["x"]


class IntArgs:
    __match_args__ = (1,)


def runtime(subject, src):
    try:
        exec("match subject:\n" + src, globals(), {"subject": subject})
        print("no error:", src.strip())
    except Exception as e:
        print(type(e).__name__ + ":", e)


runtime(Point(), " case Point(a, b): pass")
runtime(Point(), " case NoArgs(a): pass")
runtime(NoArgs(), " case NoArgs(a): pass")
runtime(NoArgs(), " case NoArgs(a, b): pass")
runtime(ListArgs(), " case ListArgs(a): pass")
runtime(IntArgs(), " case IntArgs(a): pass")
runtime(Point(), " case Point(a, x=b): pass")
runtime(Point(), " case len(a): pass")
runtime(Point(), " case collections.deque.append(): pass")
runtime(3, " case int(a, b): pass")
runtime(3, " case str(a, b): pass")
runtime({"a": 1, "b": 2}, " case {'a': 1, Point.y: 2}: pass")


class Keys:
    A = "a"
    B = "a"


runtime({"a": 1, "b": 2}, " case {Keys.A: 1, Keys.B: 2}: pass")


# An exception raised by __eq__ propagates
class Boom:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


runtime(Boom(), " case 1: pass")

# The last error is uncaught: a traceback from inside a case
match Point():
    case Point(a, b):
        print("unreachable")
