# The builtins module's attributes (__doc__, __name__, __package__), __builtins__ in the main
# module (the module), in exec'd namespaces and on functions (the dict), builtins' __self__.
import builtins
print(type(builtins.__doc__).__name__, len(builtins.__doc__) > 100)
print(repr(builtins.__name__), repr(builtins.__package__))
print(type(__builtins__).__name__, __builtins__ is builtins)
print(builtins.__dict__ is vars(builtins), '__builtins__' in globals(), '__doc__' in vars(builtins))
print(repr(builtins)[:30])
print(sorted(k for k in vars(builtins) if k.startswith("__") and k not in ("__spec__", "__loader__")))
def f(): pass
print(f.__builtins__ is vars(builtins), type(f.__builtins__).__name__)
print(__builtins__.__name__, __builtins__.__doc__ == builtins.__doc__)
print(__name__, __doc__, __spec__, __package__)
import types
m = types.ModuleType('m')
exec('x = 1', m.__dict__)
print(type(m.__dict__['__builtins__']).__name__, m.__dict__['__builtins__'] is vars(builtins))
g = {}
exec('y = 2', g)
print(type(g['__builtins__']).__name__, sorted(g))
print(builtins.__build_class__.__name__, builtins.__import__.__name__)
print(builtins.len.__module__, builtins.len.__self__ is builtins, builtins.len.__qualname__)
print(builtins.__debug__)
print(builtins.__doc__.count('\n') >= 2)
import sys
print(sys.modules['builtins'] is builtins, __builtins__ is sys.modules['builtins'])
print(sorted(k for k in globals() if k not in ('__annotations__', '__loader__', '__cached__', '__file__')))
