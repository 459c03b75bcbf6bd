# RecursionError's wording says where the limit was hit, as CPython's _Py_EnterRecursiveCall.
def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def show(label, f):
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, type(e).__name__, e)


show("repr list:", lambda: repr(deep_list(100000)))
deep_dict = {}
for _ in range(100000):
    deep_dict = {1: deep_dict}
show("str dict:", lambda: str(deep_dict))
a, b = deep_list(100000), deep_list(100000)
show("list ==:", lambda: a == b)
nested = int
for _ in range(100000):
    nested = (nested,)
show("isinstance:", lambda: isinstance(1, nested))
show("issubclass:", lambda: issubclass(int, nested))


def recurse(n):
    return recurse(n + 1)


show("function:", lambda: recurse(0))
# Shallow versions work.
print(isinstance(1, (str, (list, (int,)))), issubclass(bool, ((str,), int)))
print(repr(deep_list(3)), deep_list(50) == deep_list(50))
# Pickling names the pickler; copy.deepcopy and a __reduce__ that recurses keep the plain words.
import copy
import pickle

show("pickle list:", lambda: pickle.dumps(deep_list(100000)))
show("pickle dict:", lambda: pickle.dumps(deep_dict))
show("deepcopy:", lambda: copy.deepcopy(deep_list(100000)))


class Endless:
    def __reduce__(self):
        return recurse(0)


show("__reduce__:", lambda: pickle.dumps(Endless()))
print(len(pickle.dumps(deep_list(200))), pickle.loads(pickle.dumps(deep_list(3))))
