# A class's __dict__ (and vars(cls)) is a read-only live view of its namespace: a
# mappingproxy, new per access, whose reads see later changes to the class.
import sys


class A:
    x = 1

    def f(self):
        return 2


d = A.__dict__
print(type(d).__name__, type(vars(A)).__name__, A.__dict__ is A.__dict__)
print(d['x'], 'f' in d, d.get('missing', 'default'), sorted(k for k in d if not k.startswith('__')))
A.y = 3
print('y' in d, d['y'], len(d) == len(vars(A)))
del A.y
print('y' in d)
for attempt in ("d['x'] = 5", "del d['x']", "d.update({})", "d.z = 1"):
    try:
        exec(attempt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(A.x, dict(d) == dict(A.__dict__), d == dict(d), d.copy() == dict(d))
print(sorted(k for k in (d | {'extra': 1}) if not k.startswith('__')))


class B:
    pass


print(repr(B.__dict__).startswith("mappingproxy({'__module__': '__main__'"))
print(str(int.__dict__)[:1], 'from_bytes' in int.__dict__, type(int.__dict__).__name__)
print(sys.getsizeof(d))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
