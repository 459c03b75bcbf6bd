# An annotation of an attribute or subscript target with no value still evaluates the
# target's object (and key), in every scope; module and class bodies also evaluate the annotation.
class A: pass
a = A()
def k(): print("k"); return 0
def ann(): print("ann"); return int
a.y: ann()
d = {}
d[k()]: ann()
a.z: ann() = 5
print(a.z, d)
def f():
    a.q: ann()
    b: ann()
f()
class C:
    a.w: ann()
try:
    undefined_x.y: int
except NameError as e: print(e)
print(__annotations__ if '__annotations__' in dir() else None)
def missing():
    nowhere.attr: int
missing()
