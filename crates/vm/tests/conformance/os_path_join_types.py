# os.path.join and friends given a non-path: the first argument goes through os.fspath
# (its message), later ones through join's own argument check.
import os.path

for call in [lambda: os.path.join(1), lambda: os.path.join(1, 'a'), lambda: os.path.join('a', 1),
             lambda: os.path.join('a', 'b', None), lambda: os.path.basename(2.5),
             lambda: os.path.dirname(None), lambda: os.path.join('a', 'b')]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
