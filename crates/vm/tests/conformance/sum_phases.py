# sum() as CPython 3.12 runs it: a machine-int phase, a float phase with Neumaier's
# compensation, then the + protocol; subclasses' __radd__ only where + would run.
class I(int):
    def __radd__(self, o):
        return 'radd'
    def __add__(self, o):
        return 'add'
class F(float):
    def __radd__(self, o):
        return 'fradd'
print(sum([1, 2, 3]), sum([1, True, 2]), sum([], True), sum([True, True]), sum([1, 2**70, 3]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([0.1] * 10, 1))
print(sum([1, I(5)]), sum([1.5, I(5)]), sum([1.5, I(5), 2.0]), sum([1.5, F(2.5)]), sum([1, 2, I(3)]))
print(sum([1e308, 1e308, -1e308]), sum([float('inf'), 1.0, -1e-300]), sum([float('nan'), 1.0]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([1.0, 2**1100 // 2**1000]), sum([0.5, True]))
print(sum(range(10), start=5), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], 0.5))
print(sum([1.0, 1e100, 1.0, -1e100]), sum([3, 1e16, -1e16]))
for bad in ([1, 'a'], ['a'], [1.5, 'x'], [[1]]):
    try:
        print(sum(bad))
    except TypeError as e:
        print('TypeError', e)
for args in ((), ([], 1, 2)):
    try:
        sum(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1.0, 2**2000])
except OverflowError as e:
    print('OverflowError', e)
