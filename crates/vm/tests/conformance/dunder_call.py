# __call__ of functions, built-in functions, bound and static methods: the call itself,
# and CPython's errors for a descriptor given no or the wrong receiver.
f=lambda x=1:x
print(f.__call__(x=3), f.__call__(), type(f.__call__).__name__ in ('method-wrapper', 'builtin_function_or_method'))
class A:
  def m(s,*a,**k): return a,k
  @staticmethod
  def s(x): return x * 2
print(A().m.__call__(1, z=2), len.__call__([1, 2]))
print(staticmethod(f).__call__(5), staticmethod(f)(6), A.__dict__['s'].__call__(4))
for g in (lambda: len.__call__(), lambda: f.__call__(1,2), lambda: type(f).__call__(1), lambda: type(f).__call__(),
          lambda: type(len).__call__(f), lambda: type(A().m).__call__(len, 1), lambda: max.__call__(),
          lambda: staticmethod.__call__(f, 1)):
    try: print(g())
    except TypeError as e: print("TypeError:", e)
print(type(f).__call__(f, 7), type(len).__call__(len, 'abc'), hasattr(f, '__call__'), hasattr(print, '__call__'))
print(callable(f), callable(A().m), 'x'.upper.__call__(), int.__call__('12'), A.__call__().m(1))
import functools
p = functools.partial(f.__call__, 9)
print(p(), functools.reduce(int.__add__.__call__, [1, 2, 3]))
