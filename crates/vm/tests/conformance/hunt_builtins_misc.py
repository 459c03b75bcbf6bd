# __import__, a module's __doc__ without a docstring, sys.float_info / int_info /
# hash_info / maxunicode.
import sys

print(__doc__, "__doc__" in globals())
m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["join"]).__name__, __import__("math").sqrt(16))
print(__import__("collections", globals(), locals(), ["deque"], 0).deque([1]))
for args, kw in [((), {}), ((1,), {}), (("",), {}), (("math",), {"level": -1}),
                 (("math",), {"level": 1}), (("math", None, None, None, 1), {}),
                 (("math", {"__name__": "x"}, None, None, 1), {}),
                 (("math", 5, None, None, 1), {}), (("no_such_module",), {}),
                 (("math",), {"bad": 1})]:
    try:
        print(__import__(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info[0], len(sys.float_info))
print(type(sys.float_info), isinstance(sys.float_info, tuple), sys.float_info.n_fields)
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, hash(float("inf")), sys.maxunicode)
print(sys.float_info.max * 2, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 > 1.0)
from sys import float_info
print(float_info is sys.float_info)
try:
    type(sys.float_info)()
except TypeError as e:
    print(e)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print(type(e).__name__)
