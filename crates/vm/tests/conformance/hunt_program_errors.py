class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class Config:
    def __init__(self, **opts):
        self.opts = opts
    def require(self, key, typ):
        try:
            val = self.opts[key]
        except KeyError:
            raise ValidationError(key, "missing")
        if not isinstance(val, typ):
            raise ValidationError(key, f"expected {typ.__name__}, got {type(val).__name__}")
        return val

def load(cfg):
    results = {}
    for key, typ in [("port", int), ("host", str), ("debug", bool)]:
        try:
            results[key] = cfg.require(key, typ)
        except ValidationError as e:
            print("warn:", e, "| field", e.field, "| ctx", type(e.__context__).__name__)
    return results

print(load(Config(port=80, host=5)))

def process(items):
    total = 0
    for i, item in enumerate(items):
        try:
            total += item["value"] * item["qty"]
        except KeyError as e:
            raise ValidationError(f"items[{i}]", f"missing key {e}") from e
        except TypeError:
            total += 0
        finally:
            print(f"  processed {i}")
    return total

print(process([{"value": 2, "qty": 3}, {"value": "x", "qty": None}]))
try:
    process([{"value": 1}])
except ValidationError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def finally_order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(finally_order())

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())

try:
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError as e:
        print(e, e.errno, e.strerror, e.filename, type(e).__name__)
        raise
except FileNotFoundError as e:
    print("as FileNotFoundError:", type(e).__name__, isinstance(e, OSError))

hier = [ArithmeticError, LookupError, ZeroDivisionError, IndexError, KeyError, Exception, BaseException]
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), StopIteration(), KeyboardInterrupt(), SystemExit(3), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    caught_by = [h.__name__ for h in hier if isinstance(exc, h)]
    print(type(exc).__name__, caught_by, str(exc), exc.args if not isinstance(exc, UnicodeDecodeError) else exc.reason)

e = Exception("a", 1, [2])
print(str(e), repr(e), e.args, str(Exception()), repr(Exception("x")), str(KeyError("k")), str(KeyError()), repr(ValueError()))
e2 = ValueError("note me")
e2.add_note("first note")
e2.add_note("second")
print(e2.__notes__)
try:
    raise e2
except ValueError as caught:
    print(caught is e2, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)

def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except KeyError:
        raise LookupError(f"lookup of {x!r} failed")

e3 = ValueError("with notes")
e3.add_note("Check the input file")
try:
    raise e3
except ValueError:
    pass
level1("missing")
