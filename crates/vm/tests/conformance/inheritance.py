# inheritance, super(), MRO, isinstance/issubclass, method overriding
class A:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def who(self):
        return "B"
class C(A):
    def __init__(self, v):
        super().__init__(v * 10)
    def who(self):
        return "C+" + super().who()
class D(B, C):
    pass
d = D(1)
print(d.v, d.who(), d.hello(), [k.__name__ for k in D.__mro__])
print(isinstance(d, A), isinstance(d, (int, C)), issubclass(D, B), issubclass(A, D), issubclass(bool, int))
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
print(Leaf().log)
class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
print(type(A).__name__, A.__name__, A.__bases__ == (object,), B.__bases__[0] is A)
