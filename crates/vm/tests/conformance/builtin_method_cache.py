# Method calls on built-in receivers through the LoadMethod cache: one call site, several types.
try:
    list.append = 1
except TypeError as e:
    print("TypeError", e)
def f(xs):
    out = []
    for x in xs:
        out.append(x.upper() if isinstance(x, str) else x)
    return out
print(f(["a", 1, "b", (1,), frozenset([1])]))
for s in (set([1]), frozenset([2])):
    try:
        s.add(3); print(sorted(s))
    except AttributeError as e:
        print("AttributeError", e)
