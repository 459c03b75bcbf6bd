# deepcopy: copy.deepcopy of nested containers, dataclass-like objects and a memo-sharing graph.
import copy
import sys


class A:
    def __init__(self, string, number, items):
        self.string = string
        self.number = number
        self.items = items

    def __eq__(self, other):
        return type(other) is A and self.__dict__ == other.__dict__


class B:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def build():
    a = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "subdict": {"a": True}}
    obj = A("hello", 42, [1.5, 2.5, a, (1, [2, 3])])
    obj.shared = a
    return a, obj


def main(n):
    a, obj = build()
    total = 0
    for _ in range(n):
        c = copy.deepcopy(obj)
        total += len(c.items)
        d = copy.deepcopy(a)
        total += len(d)
    c = copy.deepcopy(obj)
    print("equal", c == obj, "same", c is obj, "shared kept", c.shared is c.items[2])
    print("inner copied", c.items[3][1] is not obj.items[3][1], "tuple of atoms reused", c.shared["t"] is a["t"])
    mem = copy.deepcopy([list(range(100)) for _ in range(20)])
    print("reflexive", sum(map(sum, mem)))
    cyc = [1, 2]
    cyc.append(cyc)
    cc = copy.deepcopy(cyc)
    print("cycle", cc[2] is cc, cc is not cyc)
    s = copy.deepcopy(B([1], {"k": (2,)}))
    print("slots", s.x, s.y)
    shallow = copy.copy(obj)
    print("shallow", shallow.items is obj.items, shallow is not obj)
    print("total", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
