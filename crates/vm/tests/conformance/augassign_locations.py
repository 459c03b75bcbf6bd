# Where a failing augmented assignment to a name points: the operation at the whole statement
# (no carets when it fills the line), an unbound name's load at the name (CPython's
# compiler_augassign).
import traceback
def f():
    x = 1
    x += "a"
def g():
    x += 1
def h():
    y = 1
    def k():
        nonlocal y
        y += "s"
    k()
for fn in (f, g, h):
    try:
        fn()
    except Exception:
        traceback.print_exc()
z = 1
def gl():
    global z
    z += "q"
try:
    gl()
except Exception:
    traceback.print_exc()
def gm():
    global undefined_zz
    undefined_zz += 1
try:
    gm()
except Exception:
    traceback.print_exc()
w = 5
w += (
    "multi"
)
