# warnings: the stderr report (file:line: Category: message + source line), once per
# location under the default action, filters (ignore/error/always/once/module), categories,
# stacklevel, showwarning/formatwarning hooks and catch_warnings(record=True).
import sys
import warnings

print(warnings.filters)
print(sorted(warnings.__all__))


def emit(msg, category=UserWarning):
    warnings.warn(msg, category, stacklevel=2)


for i in range(3):
    warnings.warn("loop warning")          # shown once: same location
warnings.warn("second text")
warnings.warn("deprecated here", DeprecationWarning)   # shown: __main__
warnings.warn("pending", PendingDeprecationWarning)    # ignored by default
warnings.warn(RuntimeWarning("instance message"))
emit("blamed on the caller")
emit("blamed again")
warnings.warn("level too high", stacklevel=50)
print("after defaults")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", FutureWarning)
    warnings.warn(SyntaxWarning("syn"))
    emit("via helper")
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log],
      [w.lineno for w in log], log[0].filename, type(log[0].message).__name__)
print(str(log[0]))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("dep error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print("ignored ok")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message=".*fatal", category=RuntimeWarning)
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("Skip me please")
    warnings.warn("keep me")
    try:
        warnings.warn("this is fatal", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("not fatal for users")
    print([str(w.message) for w in log])
    print(warnings.filters[:3])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for text in ["a", "b", "a", "a"]:
        warnings.warn(text)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
    warnings.warn("per module")
    print([str(w.message) for w in log])

with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("action kw")
    except UserWarning as e:
        print("raised", e)

print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code()  "))


def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through custom hook")
warnings.showwarning = old

old_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f"FMT {c.__name__}: {m}\n"
warnings.warn("custom format")
warnings.formatwarning = old_fmt

warnings.showwarning("direct show", UserWarning, "somewhere.py", 7, sys.stdout, "the line")
warnings.warn_explicit("explicit", UserWarning, "fake.py", 12)
warnings.warn_explicit("explicit module", UserWarning, "fake.py", 13, module="fake")
reg = {}
warnings.warn_explicit("registry", UserWarning, "r.py", 1, registry=reg)
warnings.warn_explicit("registry", UserWarning, "r.py", 1, registry=reg)
print(sorted(k for k in reg if k != "version"))

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("deprecated after reset", DeprecationWarning)

for fn in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", "notcat"),
           lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("ignore", 1),
           lambda: warnings.filterwarnings("ignore", category=int),
           lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        fn()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print("done")

# The registries as CPython's C implementation keeps them: a filters version, the
# locations shown, and (text, category) for "once"/"module" in the module's own registry.
import os
import _warn_helper


def show_base(message, category, filename, lineno, file=None, line=None):
    # The helper's path is absolute (under pymem's test harness too): show its base name.
    print(f"{os.path.basename(filename)}:{lineno}: {category.__name__}: {message}",
          file=sys.stderr)


with warnings.catch_warnings():
    warnings.showwarning = show_base
    warnings.simplefilter("once")
    warnings.warn("x")
    warnings.warn("x")
    _warn_helper.noisy()
    _warn_helper.noisy()
    print(sorted(map(repr, __warningregistry__.items())), warnings.onceregistry)
    print(sorted(map(repr, _warn_helper.__warningregistry__.items())))
    warnings.simplefilter("ignore")
    warnings.warn("ign")
    print(sorted(map(repr, __warningregistry__.items())))
    warnings.simplefilter("module")
    warnings.warn("m")
    warnings.warn("m")
    print(sorted(map(repr, __warningregistry__.items())))
    warnings.simplefilter("once")
    warnings.warn_explicit("no registry", UserWarning, "f.py", 1)
    warnings.warn_explicit("no registry", UserWarning, "f.py", 2)
    print(warnings.onceregistry)
