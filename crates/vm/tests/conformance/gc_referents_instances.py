# gc.get_referents of instances in CPython 3.12's traverse order: a built-in class is a
# static type (not shown); a class defined in Python comes after the instance attributes
# and before what a built-in base holds (an exception's dict and args, a list's items).
import gc


def describe(x):
    return "type:" + x.__name__ if isinstance(x, type) else type(x).__name__


def show(label, o):
    print(label, [describe(x) for x in gc.get_referents(o)])


e = ValueError("x")
show("ValueError", e)
e.note = [1]
show("with an attribute", e)


class E(Exception):
    pass


ex = E("a", "b")
ex.__cause__ = KeyError(1)
ex.__context__ = KeyError(2)
ex.add_note("n")
show("subclass with cause, context and a note", ex)


class L(list):
    pass


lst = L([1, [2]])
show("list subclass", lst)
lst.attr = {}
show("list subclass with an attribute", lst)


class D(dict):
    pass


show("dict subclass", D(k=[1]))


class P:
    pass


p = P()
p.a = [1]
p.b = (2,)
show("plain instance", p)


class S:
    __slots__ = ("x", "y")


s = S()
s.x = [1]
s.y = "two"
show("slots instance", s)
