# Pins contextlib: generator-based managers on every exit path, ExitStack's callback
# order, suppression and exception chaining, and the small managers' details.
import contextlib
import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        ContextDecorator, AbstractContextManager, redirect_stdout,
                        redirect_stderr)


def chain(exc):
    out = []
    while exc is not None:
        out.append(f'{type(exc).__name__}({exc})')
        exc = exc.__context__
    return ' <- '.join(out)


@contextmanager
def tag(name, log):
    """Tag docstring."""
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught ' + repr(e))
    finally:
        log.append('exit ' + name)


log = []
with tag('a', log) as v:
    log.append(v)
with tag('b', log):
    raise KeyError('k')
try:
    with tag('c', log):
        raise ValueError('v')
except ValueError as e:
    log.append('outer ' + repr(e))
print(log)
cm = tag('d', [])
print(cm.__doc__, type(cm).__name__, tag.__module__, tag.__qualname__, tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
cm.__enter__()
print(hasattr(cm, 'func'), hasattr(cm, 'args'), hasattr(cm, 'kwds'), hasattr(cm, 'gen'))
print(cm.__exit__(None, None, None))


@contextmanager
def nodoc():
    yield


print(nodoc().__doc__ == type(nodoc()).__doc__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass


@contextmanager
def replace_exc():
    try:
        yield
    except Exception as e:
        raise TypeError('replaced') from e


@contextmanager
def plain():
    yield


for make, body in ((no_yield, None), (two_yields, None), (yields_after_throw, ValueError('x')),
                   (swallow, ValueError('y')), (replace_exc, ValueError('z')),
                   (plain, StopIteration('s')), (plain, RuntimeError('r')),
                   (plain, KeyboardInterrupt())):
    try:
        with make():
            if body is not None:
                raise body
        print(make.__name__, 'no exception')
    except BaseException as e:
        print(make.__name__, type(e).__name__, e, type(e.__cause__).__name__,
              e is body)


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration passes', e)

cm = plain()
print(cm.__exit__(ValueError, None, None))


class Deco(ContextDecorator):
    def __enter__(self):
        print('Deco enter')
        return self

    def __exit__(self, *exc):
        print('Deco exit', exc[0])
        return False


@Deco()
def decorated(x):
    """decorated doc"""
    print('body', x)
    return x * 2


print(decorated(4), decorated.__name__, decorated.__doc__)


@tag('dec', log)
def uses_gen_cm():
    return 'ran'


log.clear()
print(uses_gen_cm(), uses_gen_cm(), log)

# suppress
with suppress(KeyError, IndexError):
    {}['x']
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress(Exception):
    raise ExceptionGroup('g', [ValueError(1)])
with suppress(ValueError, KeyError):
    raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [KeyError(2)])])
try:
    with suppress(ValueError):
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print('rest', repr(e))
print(suppress(KeyError).__exit__(None, None, None))
print(suppress(KeyError).__enter__())


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)
try:
    with closing(Res()):
        raise OSError('boom')
except OSError as e:
    print('OSError', e)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)
print(nullcontext().__exit__(ValueError, ValueError(), None))

buf = io.StringIO()
r = redirect_stdout(buf)
with r as target:
    print('inner', target is buf)
    with r:
        print('nested')
print('outer', repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write('err text')
print(repr(ebuf.getvalue()), sys.stderr is sys.__stderr__)

# ExitStack
order = []
with ExitStack() as stack:
    stack.callback(order.append, 'cb1')
    stack.enter_context(tag('s', order))
    stack.push(lambda *exc: order.append('push fn') or False)

    class Ex:
        def __exit__(self, *exc):
            order.append('push obj')
    stack.push(Ex())
    print(stack.callback(order.append, 'cb2') is order.append)
print(order)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print('TypeError', e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by push')
print('after suppression')


def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('first')))
        stack.push(raiser(IndexError('second')))
        raise ValueError('body')
except Exception as e:
    print('chain', chain(e))


try:
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        stack.push(raiser(KeyError('late')))
except Exception as e:
    print('chain', chain(e))

try:
    try:
        raise OSError('frame')
    except OSError:
        with ExitStack() as stack:
            stack.push(raiser(KeyError('k2')))
            stack.push(raiser(IndexError('i2')))
except Exception as e:
    print('chain', chain(e))

s1 = ExitStack()
s1.callback(print, 'moved callback')
s2 = s1.pop_all()
print(type(s2).__name__)
s1.close()
print('s1 closed')
s2.close()
s2.close()
print(ExitStack().__exit__(None, None, None), ExitStack().__enter__().__class__.__name__)
stack = ExitStack()
stack.push(lambda *e: True)
print(stack.__exit__(ValueError, ValueError(), None))

cb_stack = ExitStack()
w = cb_stack.callback(print, 'x')
print(w is print)


class Sub(ExitStack):
    pass


print(type(Sub().pop_all()).__name__)
print(AbstractContextManager.__enter__(7), AbstractContextManager.__exit__(1, 2, 3, 4))
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError', e)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Blocked(Duck):
    __exit__ = None


class HalfDuck:
    def __enter__(self):
        return self


print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager),
      issubclass(Blocked, AbstractContextManager), issubclass(HalfDuck, AbstractContextManager),
      issubclass(Deco, AbstractContextManager), issubclass(Res, AbstractContextManager))


class Partial(AbstractContextManager):
    pass


try:
    Partial()
except TypeError as e:
    print('TypeError', e)


class Full(AbstractContextManager):
    def __exit__(self, *exc):
        return super().__exit__(*exc)


with Full() as f:
    print(type(f).__name__)
print(AbstractContextManager.__slots__, hasattr(Full(), '__dict__'))
print(AbstractContextManager[int])
print(issubclass(type(nullcontext()), AbstractContextManager))

# A manager entered while another exception is handled: the tracebacks hide that one.
try:
    raise KeyError('outer')
except KeyError:
    try:
        with no_yield():
            pass
    except RuntimeError as e:
        print(e, e.__suppress_context__, e.__cause__)
