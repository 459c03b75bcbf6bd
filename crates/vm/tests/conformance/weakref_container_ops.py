# Pins the weak containers' merging operators, update forms, set algebra and errors.
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'K{self.n}'


ks = [K(i) for i in range(6)]

wv = weakref.WeakValueDictionary({'a': ks[0]}, b=ks[1])
wv.update([('c', ks[2])], d=ks[3])
wv.update(None)
print(sorted(wv.items(), key=str), len(wv), 'a' in wv, 'zz' in wv, wv.get('zz', 'dflt'))
merged = wv | {'e': ks[4]}
print(type(merged).__name__, sorted(merged.keys()))
rmerged = {'f': ks[5]} | wv
print(type(rmerged).__name__, sorted(rmerged.keys()))
wv |= {'g': ks[5]}
print(sorted(wv), wv.__or__(5), wv.__ror__([1]))
print(wv.pop('a'), wv.pop('nope', 'default'), wv.setdefault('a', ks[0]), wv.setdefault('a', 1))
try:
    wv.pop('nope')
except KeyError as e:
    print('KeyError', e)
try:
    wv.update(5)
except TypeError as e:
    print('TypeError', e)
try:
    wv['x'] = 5
except TypeError as e:
    print('TypeError', e)
print(repr(wv).startswith('<WeakValueDictionary at 0x'), len(wv.valuerefs()),
      len(list(wv.itervaluerefs())))


class SubWV(weakref.WeakValueDictionary):
    pass


s = SubWV(a=ks[0])
print(type(s.copy()).__name__, type(s | {}).__name__, type({} | s).__name__,
      type(s.__copy__()).__name__)
tmp = K(99)
wv['tmp'] = tmp
wv2 = weakref.WeakValueDictionary(wv)
del tmp
gc.collect()
print('tmp' in wv, 'tmp' in wv2, len(wv2), sorted(wv2))

wk = weakref.WeakKeyDictionary({ks[0]: 'zero'})
wk.update([(ks[1], 'one')], )
wk.update({ks[2]: 'two'})
print(sorted(wk.items(), key=str), len(wk), ks[0] in wk, 5 in wk, wk.get(ks[5], 'none'))
try:
    wk.update(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    wk.get(5)
except TypeError as e:
    print('TypeError', e)
print(type(wk | {ks[3]: 'three'}).__name__, sorted((wk | {ks[3]: 3}).values(), key=str))
print(type({ks[4]: 4} | wk).__name__, wk.__or__(1), wk.pop(ks[0]), wk.pop(ks[0], 'gone'),
      wk.setdefault(ks[0], 'again'), wk.setdefault(ks[0], 'ignored'))
try:
    wk.pop(ks[5])
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__, e.args[0]() is ks[5])
print(len(wk.keyrefs()), wk.popitem()[1] in ('zero', 'one', 'two', 'again'))
wk.clear() if hasattr(wk, 'clear') else None
print(repr(wk).startswith('<WeakKeyDictionary at 0x'))

a = weakref.WeakSet(ks[:4])
b = weakref.WeakSet(ks[2:])
print(sorted(a | b, key=str), sorted(a & b, key=str), sorted(a - b, key=str),
      sorted(a ^ b, key=str))
print(sorted(a.union(ks[5:]), key=str), sorted(a.intersection([ks[0], 5]), key=str),
      sorted(a.difference(ks[:1]), key=str), sorted(a.symmetric_difference(ks[3:5]), key=str))
print(a <= b, a < weakref.WeakSet(ks), a >= weakref.WeakSet(ks[:1]), a > a, a == a,
      a == set(a), a != b, a.isdisjoint(ks[4:]), a.isdisjoint(ks[3:]))
print(a.issubset(ks), a.issuperset(ks[:2]))
c = a.copy()
c -= c
print(len(c))
c = a.copy()
c ^= c
print(len(c))
c = a.copy()
c &= ks[1:3]
print(sorted(c, key=str))
c |= ks[4:5]
c ^= ks[1:2]
print(sorted(c, key=str))
c.difference_update([ks[4]])
c.intersection_update(ks)
c.symmetric_difference_update([ks[0]])
print(sorted(c, key=str))
try:
    c -= [5]
except TypeError as e:
    print('TypeError', e)
e = weakref.WeakSet()
try:
    e.pop()
except KeyError as err:
    print('KeyError', err, err.__suppress_context__)
try:
    e.remove(ks[0])
except KeyError as err:
    print('KeyError', type(err.args[0]).__name__)
e.discard(ks[0])
try:
    hash(e)
except TypeError as err:
    print('TypeError', err)
print(5 in e, e.__eq__(5), type(a.copy()).__name__, hasattr(a, '__copy__'))


class SubWS(weakref.WeakSet):
    pass


sw = SubWS(ks[:2])
print(type(sw.copy()).__name__, type(sw | a).__name__, type(sw & a).__name__,
      type(sw - a).__name__, type(sw ^ a).__name__, sw == a, a == sw)
t = K(50)
e.add(t)
print(len(e), sorted(e, key=str))
del t
gc.collect()
print(len(e), e.pop() if e else 'empty')
print(weakref.WeakSet.__module__, weakref.WeakSet[int], weakref.WeakKeyDictionary[int, str])
