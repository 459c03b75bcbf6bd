# collections.OrderedDict: order operations and order-sensitive equality.
from collections import OrderedDict

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), len(o))
o.move_to_end("b")
print(list(o.items()))
o.move_to_end("c", last=False)
print(list(o.keys()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("xy", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    o.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
