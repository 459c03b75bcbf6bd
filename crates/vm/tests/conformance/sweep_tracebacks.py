# exc.__traceback__: traceback objects (tb_lineno, tb_next, tb_frame.f_code), the tb given
# to __exit__ and by sys.exc_info(), with_traceback, assigning None, func.__code__.
import sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    depth = 0
    while tb is not None:
        print(depth, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename.endswith("p13_tb.py"))
        tb = tb.tb_next
        depth += 1
    print(e.__traceback__ is e.__traceback__)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit:", et.__name__ if et else None, tb is None, tb.tb_lineno if tb else None)
        return True
with CM():
    pass
with CM():
    {}["x"]
print(ValueError("fresh").__traceback__)
e = ValueError("x")
print(e.with_traceback(None) is e)
def reraise():
    try:
        outer()
    except ValueError as err:
        first = err.__traceback__
        try:
            raise err
        except ValueError as again:
            print(again.__traceback__.tb_lineno, again.__traceback__.tb_next is first or again.__traceback__.tb_next.tb_lineno)
reraise()
try:
    outer()
except ValueError as e:
    e.__traceback__ = None
    saved = e
print(saved.__traceback__)
def f(a, b=2, *args, c, **kw):
    x = 1
    return x
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_firstlineno)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    raise RuntimeError("again").with_traceback(tb)
