# Printing limits of exception groups: at most 15 sub-exceptions per box ("and N more
# exceptions") and 10 levels of nesting ("... (max_group_depth is 10)"); __cause__ and
# __context__ inside the boxes.
import traceback

wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(wide)))

e = ValueError(0)
for i in range(12):
    e = ExceptionGroup(f"g{i}", [e])
print("".join(traceback.format_exception(e)))

sixteen = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
print("".join(traceback.format_exception(sixteen)))

try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ExceptionGroup("ctx", [TypeError("inside")])
except ExceptionGroup as g:
    caught = g
print("".join(traceback.format_exception(caught)))


def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), BaseExceptionGroup("b", [KeyboardInterrupt()])])
    except* ValueError:
        pass


f()
