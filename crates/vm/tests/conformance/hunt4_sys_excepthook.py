# A script's own sys.excepthook sees the uncaught exception; an error inside the hook is
# printed with the original exception after it. sys's informational attributes.
import sys

print(sys.excepthook is sys.__excepthook__, sys.flags.optimize, sys.flags.debug, len(sys.flags))
print(hex(sys.hexversion), sys.api_version, repr(sys.abiflags), sys.warnoptions)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(type(sys.executable).__name__, sys.executable != "", "sys" in sys.builtin_module_names)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("k")
except KeyError as e:
    # The default hook prints the traceback to stderr and returns None.
    print(sys.excepthook(type(e), e, e.__traceback__))


def hook(t, v, tb):
    print("hook got", t.__name__, v, tb is v.__traceback__)
    raise RuntimeError("hook failed")


sys.excepthook = hook


def process():
    raise ValueError("boom")


process()
