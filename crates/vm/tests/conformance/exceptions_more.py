# Exceptions: hierarchy, attributes, raise from, context, finally ordering, custom classes.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in IndexError.__mro__])
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
def order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        except KeyError:
            log.append("except")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer")
    return log
print(order())
def else_runs():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally before return")
print(else_runs())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i < 2:
                continue
            return str(e)
print(swallow())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
show(lambda: (_ for _ in ()).throw(TypeError("thrown")))
def unbound_name():
    try:
        raise KeyError("x")
    except KeyError as err:
        pass
    return err
show(unbound_name)
try:
    raise Exception("multi", "args")
except Exception as e:
    print(e, e.args[1])
e1 = Exception("tb")
print(e1.__traceback__ is None, e1.with_traceback(None) is e1)
show(lambda: exec_missing())
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value, e.args)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
print(ArithmeticError.__name__, BaseException.__name__)
def nested_finally():
    out = []
    for i in range(2):
        try:
            try:
                if i == 1:
                    break
                out.append(f"body{i}")
            finally:
                out.append(f"inner{i}")
        finally:
            out.append(f"outer{i}")
    return out
print(nested_finally())
