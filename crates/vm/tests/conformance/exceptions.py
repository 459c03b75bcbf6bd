# try/except/else/finally, raise, raise from, re-raise, custom exceptions, nesting
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally runs")
print(div(1, 2), div(1, 0))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    print(e, "context:", repr(e.__context__))
class AppError(Exception):
    pass
class DbError(AppError):
    pass
for exc in [DbError("db"), AppError("app"), KeyError("key"), TypeError("type")]:
    try:
        raise exc
    except DbError as e:
        print("DbError", e)
    except (AppError, KeyError) as e:
        print("App/Key", type(e).__name__, e)
    except Exception as e:
        print("other", repr(e))
def gen_finally():
    try:
        return "from try"
    finally:
        print("cleanup")
print(gen_finally())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = ValueError("a", 1)
print(str(e), repr(e), e.args)
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
