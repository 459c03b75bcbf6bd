# collections.abc mixin methods on minimal user classes: Set comparisons and operators
# (with plain iterables, reflected forms, _from_iterable), _hash, MutableSet's remove/pop/
# clear and in-place operators, Mapping's get/contains/views/equality, MutableMapping's
# pop/popitem/clear/update/setdefault, Sequence's contains/iter/reversed/index/count and
# MutableSequence's append/insert/extend/pop/remove/reverse/+=, with their errors.
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence)


class S(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'S(%r)' % (self.items,)


class MS(S, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return 'MS(%r)' % (self.items,)


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


a, b = S([1, 2, 3]), S([2, 3, 4])
t('cmp', lambda: (a <= b, a < b, a >= S([1, 2]), a > S([1, 2]), a == S([3, 2, 1]), a != b,
                  S() <= a, a < a))
t('cmp other', lambda: (a == {1, 2, 3}, a <= {1, 2, 3, 4}, a.__le__([1, 2, 3])))
t('ops', lambda: (a & b, a | b, a - b, a ^ b, b - a))
t('ops iterable', lambda: (a & [3, 9], a | [9], a - [1], a ^ [1, 9], a.__rsub__([1, 9]),
                           a.__rxor__([1, 9]), a.__rand__([2]), a.__ror__([0])))
t('ops reflected', lambda: ([3, 9] & a, [9] | a, [1, 9] - a, (1, 9) ^ a))
t('ops bad', lambda: a.__and__(5))
t('sub bad', lambda: a - 5)
t('isdisjoint', lambda: (a.isdisjoint([7, 8]), a.isdisjoint(iter([8, 1])), a.isdisjoint([])))
t('hash', lambda: (S([1, 2])._hash() == S([2, 1])._hash(), S()._hash() == S()._hash(),
                   S([1, 2])._hash() == frozenset([1, 2]).__hash__(),
                   S()._hash() == hash(frozenset()), S(['x', (1, 2)])._hash() == hash(frozenset(['x', (1, 2)]))))
m = MS([1, 2, 3])
m.remove(2)
t('remove', lambda: m)
t('remove missing', lambda: m.remove(9))
t('pop', lambda: (m.pop(), m))
t('clear', lambda: (m.clear(), m))
t('pop empty', lambda: m.pop())
m = MS([1, 2, 3])
m |= [4, 5]
print('|=', m)
m &= [1, 2, 5, 7]
print('&=', m)
m ^= [2, 8]
print('^=', m)
m -= [1, 99]
print('-=', m)
m ^= m
print('^= self', m)
m = MS([1, 2])
m -= m
print('-= self', m)


class M(Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class MM(M, MutableMapping):
    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


mp = M(a=1, b=2)
t('mapping', lambda: (mp.get('a'), mp.get('z'), mp.get('z', 0), 'a' in mp, 'z' in mp,
                      list(mp.keys()), list(mp.items()), list(mp.values()), mp == {'a': 1, 'b': 2},
                      mp == M(b=2, a=1), mp != {'a': 1}, mp == [('a', 1)]))
t('views', lambda: (repr(mp.keys())[:9], ('a', 1) in mp.items(), 2 in mp.values(),
                    mp.keys() & {'a'}, len(mp.items()), list(reversed(list(mp.values())))))
mm = MM(a=1, b=2, c=3)
t('pop', lambda: (mm.pop('a'), mm.pop('z', 'dflt'), mm.d))
t('pop missing', lambda: mm.pop('z'))
t('popitem', lambda: (mm.popitem(), mm.d))
t('setdefault', lambda: (mm.setdefault('c', 9), mm.setdefault('n'), mm.setdefault('k', 5), mm.d))
mm.update({'x': 1}, y=2)
mm.update([('p', 0)])
mm.update(M(q=7))
t('update', lambda: mm.d)
t('update bad', lambda: mm.update(1, 2))
t('update items', lambda: mm.update([1]))
t('clear', lambda: (mm.clear(), mm.d))
t('popitem empty', lambda: mm.popitem())


class Q(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class MQ(Q, MutableSequence):
    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


q = Q(5, 6, 7, 6)
t('sequence', lambda: (6 in q, 9 in q, list(q), list(reversed(q)), q.index(6), q.index(6, 2),
                       q.index(7, -2), q.index(5, 0, 1), q.count(6), q.count(1)))
t('index missing', lambda: q.index(9))
t('index range', lambda: q.index(5, 1))
t('index start after', lambda: q.index(7, 10))
t('index stop neg', lambda: q.index(7, 0, -2))
mq = MQ(1, 2, 3)
mq.append(4)
mq.extend([5, 6])
mq.extend(mq)
print('extend self', mq.items)
mq += (7,)
print('+=', mq.items)
t('pop', lambda: (mq.pop(), mq.pop(0), mq.items))
mq.remove(3)
print('remove', mq.items)
t('remove missing', lambda: mq.remove(99))
mq.reverse()
print('reverse', mq.items)
t('clear', lambda: (mq.clear(), mq.items))
t('pop empty', lambda: mq.pop())
