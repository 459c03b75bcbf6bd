# The handled exception (sys.exc_info(), implicit __context__) across generator resumptions
# in nested handlers: a generator suspended two handlers deep, resumed from callers in
# different handlers, a throw() into a suspended handler, a generator finishing (return,
# raise, close) inside a handler, `yield from` inside handlers, and handlers entered and
# left between two yields.
import sys


def cur():
    e = sys.exc_info()[1]
    return repr(e)


def two_deep():
    try:
        raise KeyError("outer")
    except KeyError:
        yield "A " + cur()
        try:
            raise ValueError("inner")
        except ValueError:
            yield "B " + cur()
        yield "C " + cur()
    yield "D " + cur()


g = two_deep()
print(next(g), "| caller", cur())
try:
    raise TypeError("caller1")
except TypeError:
    print(next(g), "| caller", cur())
print("between", cur())
try:
    raise IndexError("caller2")
except IndexError:
    print(next(g), "| caller", cur())
    try:
        raise OSError("caller3")
    except OSError:
        print(next(g), "| caller", cur())
    print("caller back to", cur())
print("after all", cur())


def enter_and_leave():
    yield "1 " + cur()
    try:
        raise KeyError("k")
    except KeyError:
        pass
    yield "2 " + cur()
    try:
        try:
            raise ValueError("v")
        finally:
            pass
    except ValueError:
        pass
    yield "3 " + cur()


try:
    raise LookupError("outer caller")
except LookupError:
    print(list(enter_and_leave()))
print(list(enter_and_leave()))


def thrown_into():
    try:
        raise KeyError("held")
    except KeyError:
        try:
            yield "suspended " + cur()
        except ValueError as e:
            yield "caught %r context %r now %s" % (e, e.__context__, cur())
        yield "back " + cur()


t = thrown_into()
print(next(t))
try:
    raise TypeError("thrower")
except TypeError:
    print(t.throw(ValueError("thrown")), "| caller", cur())
print(next(t), "| caller", cur())


def raises_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        yield cur()
        raise ValueError("second")


r = raises_in_handler()
print(next(r))
try:
    raise TypeError("caller")
except TypeError:
    try:
        next(r)
    except ValueError as e:
        print("got", repr(e), "context", repr(e.__context__), "now", cur())
    print("caller still", cur())
print("outside", cur())


def returns_in_handler():
    try:
        raise KeyError("r")
    except KeyError:
        yield cur()
        return


try:
    raise TypeError("c")
except TypeError:
    x = returns_in_handler()
    print(next(x))
    print(list(x), cur())
print(cur())


def closes_in_handler():
    try:
        raise KeyError("h")
    except KeyError:
        try:
            yield 1
        finally:
            print("finally sees", cur())


c = closes_in_handler()
next(c)
try:
    raise TypeError("closer")
except TypeError:
    c.close()
    print("after close", cur())


def sub():
    try:
        raise KeyError("sub")
    except KeyError:
        yield "sub " + cur()
        yield "sub again " + cur()


def delegating():
    try:
        raise ValueError("outer gen")
    except ValueError:
        yield from sub()
        yield "outer " + cur()


d = delegating()
print(next(d), "| caller", cur())
try:
    raise TypeError("c1")
except TypeError:
    print(next(d), "| caller", cur())
print(next(d), "| caller", cur())


def ctx():
    try:
        yield 1
    except ZeroDivisionError:
        yield 2
        raise RuntimeError("in handler")


k = ctx()
next(k)
k.throw(ZeroDivisionError("z"))
try:
    next(k)
except RuntimeError as e:
    print(repr(e), repr(e.__context__), cur())


def gen_in_gen():
    try:
        raise KeyError("a")
    except KeyError:
        inner = two_deep()
        yield next(inner)
        yield next(inner)
        yield cur()
        yield next(inner)


print(list(gen_in_gen()), cur())
for i in range(3):
    try:
        raise OSError(i)
    except OSError:
        print([v for v in two_deep()], cur())
