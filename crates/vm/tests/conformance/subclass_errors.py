# Errors around subclassing built-in types, with CPython's types and messages.

cases = [
    ("layout conflict list+dict", "class X(list, dict): pass"),
    ("layout conflict int+str", "class X(int, str): pass"),
    ("layout conflict exception+list", "class X(Exception, list): pass"),
    ("layout conflict list+exception", "class X(list, Exception): pass"),
    ("layout conflict via subclass", "class L(list): pass\nclass X(L, dict): pass"),
    ("same layout is fine", "class L(list): pass\nclass X(L, list): pass"),
    ("mixin is fine", "class M: pass\nclass X(M, list): pass\nprint(X([1]), X.__mro__)"),
    ("bool", "class X(bool): pass"),
    ("NoneType", "class X(type(None)): pass"),
    ("range", "class X(range): pass"),
    ("slice", "class X(slice): pass"),
    ("builtin function", "class X(type(len)): pass"),
    ("function", "class X(type(lambda: 0)): pass"),
    ("list_iterator", "class X(type(iter([]))): pass"),
    ("MRO", "class X(object, int): pass"),
    ("slots on int", "class X(int): __slots__ = ('a',)"),
    ("slots on tuple", "class X(tuple): __slots__ = ('a',)"),
    ("slots on bytes", "class X(bytes): __slots__ = ('a',)"),
    ("slots on list", "class X(list): __slots__ = ('a',)\nx = X(); x.a = 1; print(x.a, x)"),
    ("object.__new__", "class L(list): pass\nobject.__new__(L)"),
    ("int.__new__(list)", "int.__new__(list)"),
    ("list.__new__(int)", "list.__new__(int)"),
    ("int.__new__ of a str subclass", "class S(str): pass\nint.__new__(S)"),
    ("unsupported operand", "class I(int): pass\nI(1) + 'a'"),
    ("unsupported operand reflected", "class I(int): pass\n'a' - I(1)"),
    ("ordering", "class I(int): pass\nI(1) < 'a'"),
    ("concatenate", "class L(list): pass\nL() + 1"),
    ("unhashable list subclass", "class L(list): pass\nhash(L())"),
    ("unhashable dict subclass", "class D(dict): pass\n{D(): 1}"),
    ("eq without hash", "class T(tuple):\n    def __eq__(self, o): return True\nhash(T())"),
    ("missing key", "class D(dict): pass\nD()['missing']"),
    ("index", "class L(list): pass\nL([1])[5]"),
    ("list args", "class L(list): pass\nL(1, 2)"),
    ("list kwargs", "class L(list): pass\nL(x=1)"),
    ("tuple args", "class T(tuple): pass\nT(1, 2)"),
    ("int value", "class I(int): pass\nI('x')"),
    ("float value", "class F(float): pass\nF('x')"),
    ("init signature", "class P(tuple):\n    def __init__(self, x, y): pass\nP(1, 2)"),
    ("new signature", "class P(tuple):\n    def __new__(cls, x, y): return super().__new__(cls, (x, y))\nP(1)"),
    ("str minus", "class S(str): pass\nS('a') - 1"),
    ("unset attribute", "class L(list): pass\nL().foo"),
    ("dict args", "class D(dict): pass\nD(1, 2)"),
    ("set member", "class St(set): pass\nSt([[]])"),
    ("pop empty", "class L(list): pass\nL().pop()"),
]
for label, src in cases:
    try:
        exec(src, {"__name__": "case"})
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
