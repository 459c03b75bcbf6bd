# inspect: signatures of functions, methods, classes and callables (str, parameters, kinds,
# bind with its errors, apply_defaults), docstrings, predicates, members, source text,
# the active stack and getfullargspec.
import inspect, sys

def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """Doc of f.

        indented
    """
    return a

def g(x: int, y: 'str' = 'hi', *, z: list = None): pass
def h(*, k): pass
def gen(): yield 1
class A:
    """Class A."""
    def __init__(self, p, q=5): pass
    def m(self, r): pass
    @staticmethod
    def s(t): pass
class B(A): pass
class C:
    def __call__(self, u, v=0): pass

for obj in (f, g, h, gen, A, B, A(1).m, A.m, A.s, C(), lambda x, *y: 0):
    print(inspect.signature(obj))
sig = inspect.signature(f)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.return_annotation)
print(repr(sig.parameters['b']), sig.parameters['d'].default is inspect.Parameter.empty, sig.parameters['b'].kind.description)
ba = sig.bind(1, 2, 3, 4, 5, d=6, x=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = inspect.signature(g).bind(1, z=[1])
ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'w': 1}), ((), {'a': 1})]:
    try: inspect.signature(g).bind(*args, **kw)
    except TypeError as e: print('TypeError', e)
try: sig.bind(a=1, d=1)
except TypeError as e: print('TypeError', e)
print(inspect.getdoc(f)); print(inspect.getdoc(B), inspect.getdoc(A.m))
print(inspect.isfunction(f), inspect.isclass(A), inspect.ismethod(A(1).m), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(sys))
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')], inspect.getmro(B)[1].__name__)
print([n for n, _ in inspect.getmembers(A(1), inspect.ismethod) if not n.startswith('__')])
print(inspect.getsource(A.m), end=''); print(inspect.getsourcelines(g)[1])
print(inspect.getsource(A))
print(inspect.currentframe().f_code.co_name, inspect.getmodule(f).__name__, inspect.getfile(f) == __file__)
def st(): return [fi.function for fi in inspect.stack()]
print(st(), inspect.stack()[0].code_context)
print(inspect.getfullargspec(f))
print(inspect.cleandoc('  a\n    b\n      c\n'))
try: inspect.signature(1)
except TypeError as e: print(e)
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter('a', 0)]))
