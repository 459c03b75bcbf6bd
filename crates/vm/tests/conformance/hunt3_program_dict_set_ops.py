a = {'x': 1, 'y': 2, 'z': 3}; b = {'y': 20, 'w': 0}
print(a | b, b | a, {**a, **b}, a.keys() & b.keys(), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
a |= {'q': 9}; print(a, list(a.items())[-1])
print(a.get('nope', 'dflt'), a.setdefault('n', []), a.pop('n'), a.popitem(), len(a))
inv = {v: k for k, v in a.items()}; print(inv)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}))
fs = frozenset(s1); print(fs | s2, type(fs | s2).__name__, hash(fs) == hash(frozenset([4, 3, 2, 1])))
from collections import Counter, defaultdict, OrderedDict, ChainMap, deque
c = Counter('abracadabra'); print(c.most_common(3), c['z'], c + Counter('aaz'), c - Counter('aaaaaaa'))
dd = defaultdict(list); [dd[len(w)].append(w) for w in 'a bb cc d eee'.split()]; print(dict(dd), dd.default_factory)
od = OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}))
dq = deque(range(5), maxlen=3); dq.append(9); dq.appendleft(7); print(dq, dq.maxlen); dq.rotate(1); print(dq)
d = dict.fromkeys(range(3), 0); d[1] += 5; print(d, sorted(d, key=d.get), max(d.values()))
try: {}.pop('missing')
except KeyError as e: print(repr(e))
try: {[1]: 2}
except TypeError as e: print(e)
print({1: 'a', 1.0: 'b', True: 'c'}, {1, 1.0, True}, dict(zip('ab', range(2))))
