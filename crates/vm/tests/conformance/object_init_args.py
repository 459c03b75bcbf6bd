# object.__init__ with extra arguments: refused when the type overrides __init__, or
# overrides neither __init__ nor __new__ (built-in slots count, so int passes).
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__ + ":", e)
class A: pass
class B:
    def __init__(self, *a): pass
class C:
    def __new__(cls, *a): return super().__new__(cls)
class D:
    def __init__(self, x): super().__init__(x)
class E(Exception):
    def __init__(self, x): super().__init__(x)
class F(list): pass
t(lambda: object.__init__(1, 2))
t(lambda: object.__init__(ValueError(), 2))
t(lambda: object.__init__(A(), 2))
t(lambda: object.__init__(B(), 2))
t(lambda: object.__init__(C(), 2))
t(lambda: D(1))
t(lambda: E(1).args)
t(lambda: object.__init__(F(), 2))
t(lambda: object.__init__([], 2))
t(lambda: A(1))
t(lambda: type(C(1)).__name__)
t(lambda: object.__init__(A(), x=1))
t(lambda: object.__init__("s", 2))
t(lambda: object.__init__(object(), 2))
