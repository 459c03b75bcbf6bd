# The types of built-in iterators.
for it in [iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(bytearray()), iter(range(3)), iter({}), iter({}.values()),
           iter({}.items()), iter(set()), zip(), map(str, []), filter(None, []), enumerate([]), reversed([1]), reversed(range(2)),
           iter(lambda: 1, 1), (x for x in [])]:
    print(type(it).__name__, type(it) is type(it), repr(type(it)))
t = type(iter([]))
print(isinstance(iter([1]), t), isinstance(iter(()), t), t.__name__, type(iter([1, 2])) is t)
print(next(iter([5])), list(iter((1, 2))), iter([]).__next__ is not None)
