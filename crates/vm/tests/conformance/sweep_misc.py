# Assorted differences found in the correctness sweep: a context manager without __exit__,
# assigning a function's __doc__/__module__ (as decorators do), os.remove/mkdir/rmdir,
# type.mro() and __base__, and the repr of a module loaded from a file.
import os
import sys
class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)
def target():
    """Target doc."""
def wrapper():
    pass
wrapper.__doc__ = target.__doc__
wrapper.__module__ = "somewhere"
print(wrapper.__doc__, wrapper.__module__, target.__module__)
path = "sweep_misc_tmp_file.txt"
with open(path, "w") as f:
    f.write("x\n")
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
os.mkdir("sweep_misc_tmp_dir")
print(os.path.isdir("sweep_misc_tmp_dir"))
try:
    os.mkdir("sweep_misc_tmp_dir")
except FileExistsError as e:
    print(type(e).__name__, e)
os.rmdir("sweep_misc_tmp_dir")
print(os.path.isdir("sweep_misc_tmp_dir"))
class A: pass
class B(A): pass
class C(B, A): pass
print(C.mro(), C.__base__, A.__base__, object.__base__, type(C.mro()).__name__)
import _helper_mod
print(repr(_helper_mod).startswith("<module '_helper_mod' from '"), repr(_helper_mod).endswith("_helper_mod.py'>"))
print(repr(sys), repr(os.path).startswith("<module 'posixpath'"))
