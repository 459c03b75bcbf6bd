# An uncaught exception group: CPython 3.12's boxed traceback, nested groups, notes, a
# chained exception inside a box, and the group that except* re-raises.


def inner():
    raise ValueError("bad value")


def f():
    excs = []
    try:
        inner()
    except ValueError as e:
        excs.append(e)
    t = TypeError("bad type")
    t.add_note("note 1")
    t.add_note("multi\nline note")
    excs.append(t)
    excs.append(ExceptionGroup("nested", [KeyError("k"), OSError(2, "No such file")]))
    raise ExceptionGroup("many problems", excs)


print("before")
try:
    f()
except* ValueError:
    raise RuntimeError("handler failed")
