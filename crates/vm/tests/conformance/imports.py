# import of a .py file beside the script, from-import, module attributes
import _helper_mod
from _helper_mod import greet, VALUE
import math, time
print(_helper_mod.VALUE, greet("pymem"), VALUE, _helper_mod.__name__)
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), round(math.pi, 5), math.gcd(12, 18))
t0 = time.perf_counter()
print(time.perf_counter() >= t0, time.time() > 1600000000)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _helper_mod import nope
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
