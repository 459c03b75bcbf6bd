# sys module basics
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.version_info[0], sys.version_info[1], sys.version_info >= (3, 8))
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_module.py"))
print(sys.implementation.name in ("pymem", "cpython"), sys.maxsize == 2 ** 63 - 1)
print("sys" in sys.modules, "__main__" in sys.modules)
sys.stdout.write("written\n")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.args)
