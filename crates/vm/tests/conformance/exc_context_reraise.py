# Implicit exception chaining: __context__ is set when an exception is raised (raise X,
# errors from native code, throw into a generator), never when a bare raise re-raises it
# or it passes out of a function into a caller that handles another exception.
import traceback

def show(label, e):
    ctx = e.__context__
    print(label, type(e).__name__, repr(e), "context:", repr(ctx), "cause:", repr(e.__cause__),
          "suppress:", e.__suppress_context__)
    if ctx is not None:
        print("  context.context:", repr(ctx.__context__))

# 1. bare raise in except, caller handling another exception
def callee_bare():
    try:
        raise ValueError("inner")
    except ValueError:
        raise

def caller1():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_bare()
        except ValueError as e:
            show("bare-in-except", e)

caller1()

# 2. exception with an original context re-raised through the function boundary
def callee_ctx():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise ValueError("second")
    except ValueError:
        raise

def caller2():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_ctx()
        except ValueError as e:
            show("bare-keeps-context", e)

caller2()

# 3. raise e (named) in except
def callee_named():
    try:
        raise ValueError("named")
    except ValueError as e:
        raise e

def caller3():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_named()
        except ValueError as e:
            show("raise-e", e)

caller3()

# 4. bare raise in finally (re-raises the pending? no: raises the handled one)
def callee_finally():
    try:
        raise ValueError("fin")
    except ValueError:
        try:
            pass
        finally:
            raise

def caller4():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_finally()
        except ValueError as e:
            show("bare-in-finally", e)

caller4()

# 5. exception caught, stored, re-raised later from a handler of another
saved = None
def make():
    global saved
    try:
        raise ValueError("saved")
    except ValueError as e:
        saved = e

make()
def callee_saved():
    raise saved

def caller5():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_saved()
        except ValueError as e:
            show("raise-saved", e)

caller5()

# 6. raise from, then bare raise through caller handling
def callee_from():
    try:
        raise ValueError("from") from OSError("cause")
    except ValueError:
        raise

def caller6():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            callee_from()
        except ValueError as e:
            show("from-then-bare", e)

caller6()

# 7. nested: callee handles exception A, in its handler calls another function that
# re-raises bare; caller is handling KeyError
def deepest():
    try:
        raise ValueError("deep")
    except ValueError:
        raise

def middle():
    try:
        raise IndexError("mid")
    except IndexError:
        deepest()

def caller7():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            middle()
        except ValueError as e:
            show("nested", e)

caller7()

# 8. uncaught traceback output
def tb_callee():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def tb_caller():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            tb_callee()
        except ZeroDivisionError:
            traceback.print_exc()
            print("printed")

tb_caller()

# 9. generator re-raise
def gen():
    try:
        raise ValueError("gen")
    except ValueError:
        yield 1
        raise

def caller9():
    g = gen()
    next(g)
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            next(g)
        except ValueError as e:
            show("generator", e)

caller9()

def show2(label, e):
    print(label, repr(e), "context:", repr(e.__context__), "cause:", repr(e.__cause__))

# raise e overwrites an existing context with the handled one
try:
    raise TypeError("t")
except TypeError:
    try:
        raise ValueError("v")
    except ValueError as e:
        v = e
show2("v-initial", v)
try:
    raise KeyError("k")
except KeyError:
    try:
        raise v
    except ValueError as e:
        show2("v-overwritten", e)

# cycle cut
try:
    raise KeyError("a")
except KeyError as a:
    try:
        raise IndexError("b")
    except IndexError as b:
        try:
            raise a
        except KeyError as e:
            show2("a", e)
            show2("b", b)

# throw into generator suspended in handler
def g():
    try:
        raise KeyError("gk")
    except KeyError:
        yield 1
gen = g(); next(gen)
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    show2("throw-in-handler", e)

def g2():
    yield 1
gen = g2(); next(gen)
try:
    raise KeyError("outer")
except KeyError:
    try:
        gen.throw(ValueError("thrown2"))
    except ValueError as e:
        show2("throw-caller-handling", e)

# saved exception re-raised bare through a function inside a handler of another
saved = None
try:
    raise OSError("saved")
except OSError as e:
    saved = e
def reraiser():
    try:
        raise saved
    except OSError:
        raise
try:
    raise KeyError("k2")
except KeyError:
    try:
        reraiser()
    except OSError as e:
        show2("saved-reraised", e)

# exception raised by native code inside callee, propagating into caller handler
def native_err(d):
    return d["missing"]
def outer_native():
    try:
        native_err({})
    except KeyError as e:
        return e
e = outer_native()
show2("native-no-handler", e)
try:
    raise IndexError("h")
except IndexError:
    try:
        native_err({})
    except KeyError as e:
        show2("native-in-handler", e)

# exception escaping a generator into a caller handling another
def gen_raise():
    yield 1
    raise ValueError("from gen")
gr = gen_raise(); next(gr)
try:
    raise KeyError("k3")
except KeyError:
    try:
        next(gr)
    except ValueError as e:
        show2("gen-raise", e)

# exception created in a with-statement __exit__ propagating
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        return False
def with_body():
    with CM():
        raise ValueError("in with")
try:
    raise KeyError("k4")
except KeyError:
    try:
        with_body()
    except ValueError as e:
        show2("with", e)

# 10. uncaught to top level, with caller handling
def top_callee():
    try:
        raise ValueError("top")
    except ValueError:
        raise

try:
    raise KeyError("outer-top")
except KeyError:
    top_callee()
