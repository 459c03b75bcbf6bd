# A generator suspended inside an `except` block keeps the exception it handles to itself
# (CPython's gi_exc_state): the caller's sys.exc_info() and the __context__ of what the
# caller raises are the caller's own; the generator gets its exception back on resume; one
# outside any handler sees the caller's. A generator that ignored GeneratorExit stays
# suspended.
import sys


def handling():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        print("in gen", repr(sys.exc_info()[1]))
    print("after handler", repr(sys.exc_info()[1]))
    yield 2


it = handling()
next(it)
print("caller sees", sys.exc_info()[1])
try:
    raise ValueError(1)
except ValueError as e:
    print("context", repr(e.__context__))
    next(it)
    print("caller still sees", repr(sys.exc_info()[1]))


def outside():
    print("inherited", repr(sys.exc_info()[1]))
    yield 1
    print("inherited again", repr(sys.exc_info()[1]))
    yield 2


o = outside()
try:
    raise TypeError("caller's")
except TypeError:
    next(o)
try:
    raise IndexError("another")
except IndexError:
    next(o)


def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


it = yields_in_finally()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print("caller sees", sys.exc_info()[1], "suspended", it.gi_frame is not None)
try:
    print(list(it))
except GeneratorExit:
    print("the finally re-raised GeneratorExit")
try:
    raise ValueError(2)
except ValueError as e:
    print("context", repr(e.__context__))


def yields_in_handler():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    yield 3


it = yields_in_handler()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print(list(it))
try:
    raise ValueError(3)
except ValueError as e:
    print("context", repr(e.__context__))


def raises_in_handler():
    try:
        yield 1
    except ValueError as e:
        raise KeyError("from handler")


it = raises_in_handler()
next(it)
try:
    it.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
print("caller sees", sys.exc_info()[1])
