# Attributes and str() that built-in exceptions derive from their arguments.
e = StopIteration(5); print(e.value, StopIteration().value)
try:
    open("/nonexist")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
try:
    open("/")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
e = OSError(2, "No such thing", "f.txt"); print(e, e.errno, e.filename, e.filename2, e.args)
print(OSError("plain"), OSError("plain").errno)
print(SyntaxError("bad", ("f.py", 3, 1, "x")), SyntaxError("x").msg, SyntaxError("bad", ("f.py", 3, 1, "x")).lineno)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError("m").name, ImportError("m").msg)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError), issubclass(UnicodeDecodeError, ValueError))
print(NameError("x").name)
e = OSError(2, "x", "a", None, "b"); print(type(e).__name__, e, e.args, e.filename2)
print(type(OSError(13, "x")).__name__, type(OSError("a", "b")).__name__, type(OSError(99999, "z")).__name__)
class MyOS(OSError): pass
print(type(MyOS(2, "x")).__name__, MyOS(2, "x", "f"))
