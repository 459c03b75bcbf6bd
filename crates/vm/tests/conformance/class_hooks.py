# Class creation hooks: __init_subclass__ with class keywords (PEP 487), __class_getitem__.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(Base, tag="bee"):
    pass
class C(B):
    pass
print(Base.registry, A.tag, B.tag, C.tag)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
try:
    class D(Base, bad=1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Base).__name__, Base.__class__.__name__, isinstance(Base, type))
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[name or cls.__name__.lower()] = cls
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.plugins), Plugin.plugins["csv"] is Csv)
class Plain:
    pass
class Child(Plain, metaclass=type):
    pass
print(Child.__mro__[1] is Plain)
class Bare:
    pass
try:
    class Bad(Bare, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
