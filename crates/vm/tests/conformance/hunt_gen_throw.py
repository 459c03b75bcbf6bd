# generator.throw(type[, value[, tb]]): the deprecated three-argument form instantiates the
# class with the value (as CPython's _gen_throw does) and warns DeprecationWarning; bad
# argument combinations raise CPython's TypeErrors.
import warnings


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args, e.__traceback__ is not None)


g = catcher()
next(g)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    g.throw(ValueError, "v")
    g.throw(ValueError, ("a", 1))
    g.throw(ValueError, ValueError("instance"))
    g.throw(ValueError, None)
    g.throw(LookupError, KeyError("subclass instance"))
    g.throw(KeyError, ValueError("other class: becomes the argument"))
    g.throw(ValueError("single"), None)
    for args in [(ValueError("x"), 1), (1,), ("str",), (ValueError, 1, 2), (ValueError, 1, 2, 3)]:
        try:
            g.throw(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        g.throw()
    except TypeError as e:
        print("TypeError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g.throw(TypeError, "warned")
    g.throw(TypeError("not warned"))
    print([(x.category.__name__, str(x.message)) for x in w])
g.throw(TypeError, "default filter")
