# `f(**m)` takes a dict, a dict subclass, or any mapping with keys() and __getitem__;
# keyword names may be str subclasses.


def f(a, b=0, **rest):
    return a, b, sorted(rest.items())


class D(dict):
    pass


class S(str):
    pass


class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        return list(self.data)

    def __getitem__(self, k):
        return self.data[k] * 10


print(f(**{"a": 1, "b": 2}))
print(f(**D(a=3, c=4)))
print(f(**Mapping({"a": 5, "z": 6})))
print(f(**{S("a"): 7, S("q"): 8}))
print(f(1, **{}), f(**D(a=0)), dict(**Mapping({"k": 1})))
for bad in (5, [("a", 1)], "ab"):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
