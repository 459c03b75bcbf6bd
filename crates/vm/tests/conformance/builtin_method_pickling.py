# Bound built-in methods pickle as the attribute lookup that finds them again
# (getattr(receiver, name)); a module's functions by name, as globals.
import pickle, math, copy
class L(list): pass
for o in [[1].append, {}.get, L([3]).append, len, math.sqrt, dict.fromkeys]:
    for proto in (0, 2, 5):
        try:
            r = pickle.loads(pickle.dumps(o, proto))
            print(proto, type(r).__name__, getattr(r, '__self__', None) == getattr(o, '__self__', None), r.__name__)
        except Exception as e:
            print(proto, "!!", type(e).__name__, e)
print([1].append.__reduce__(), len.__reduce__(), math.sqrt.__reduce__(), dict.fromkeys.__reduce__())
print(copy.copy([1].append)([2]) , copy.deepcopy(len) is len)
