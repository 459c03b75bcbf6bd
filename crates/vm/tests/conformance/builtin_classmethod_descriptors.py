# Class methods of built-in types as CPython keeps them: classmethod_descriptor in the
# type's namespace (dict.__dict__['fromkeys']), bound to the class when read through the
# class, an instance or super(), with its receiver checks and __get__.
import re
import types


def hide(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", str(s))


def show(label, thunk):
    try:
        print(label, "->", hide(repr(thunk())))
    except Exception as e:
        print(label, "!!", type(e).__name__, hide(e))


class D(dict):
    @classmethod
    def make(cls, keys):
        return super().fromkeys(keys, 0)


fk = dict.__dict__["fromkeys"]
for label, thunk in [
    ("descriptor", lambda: [fk, type(fk), list.__dict__["__class_getitem__"], int.__dict__["from_bytes"], object.__dict__["__init_subclass__"]]),
    ("names", lambda: [fk.__name__, fk.__qualname__, fk.__objclass__]),
    ("through class", lambda: [dict.fromkeys, type(dict.fromkeys), dict.fromkeys.__self__, dict.fromkeys.__qualname__]),
    ("through instance", lambda: [{}.fromkeys.__self__, {}.fromkeys("ab")]),
    ("subclass", lambda: [D.fromkeys("xy"), type(D.fromkeys("xy")), D.fromkeys.__self__, D().fromkeys.__self__]),
    ("super", lambda: [D.make("pq"), type(D.make("pq"))]),
    ("calls", lambda: [fk(dict, "ab"), fk(D, "a"), int.from_bytes(b"\x01\x00", "little"), float.fromhex("0x1p3"), bytes.fromhex("4142")]),
    ("no receiver", lambda: fk()),
    ("not a type", lambda: fk(1, "ab")),
    ("wrong type", lambda: fk(int, "ab")),
    ("get", lambda: [fk.__get__(None, dict), fk.__get__({}), fk.__get__(None, D)("z")]),
    ("get wrong", lambda: fk.__get__(1)),
    ("get wrong type", lambda: fk.__get__(None, int)),
    ("get not a type", lambda: fk.__get__(None, 1)),
    ("get none", lambda: fk.__get__(None)),
    ("generic", lambda: [list[int], dict[str, int], type[int]]),
    ("init_subclass", lambda: type("E", (object,), {}).__name__),
    ("types", lambda: [types.ClassMethodDescriptorType, isinstance(fk, types.ClassMethodDescriptorType)]),
    ("callable", lambda: [callable(fk), callable(dict.fromkeys)]),
    ("dir", lambda: [n for n in dir(fk) if n not in dir(object)]),
    ("sizes", lambda: __import__("sys").getsizeof(fk)),
]:
    show(label, thunk)
