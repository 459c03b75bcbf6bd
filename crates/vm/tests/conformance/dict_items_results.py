# dict items iterators refill their (key, value) tuple when nobody else holds it (CPython's
# di_result): ids, kept results, tracking after a collection, errors.
import gc
d = {'a': 1, 'b': [2], 'c': 3}
ids = [id(t) for t in d.items()]
print(len(set(ids)) <= 2, list(d.items()), [k + str(v) for k, v in d.items()])
kept = [t for t in d.items()]
print(kept, len({id(t) for t in kept}))
it = iter(d.items())
t = next(it); del t
gc.collect()
t = next(it); print(t, gc.is_tracked(t)); del t
t = next(it); print(t, gc.is_tracked(t))
print(dict(d.items()), sorted(d.items(), key=lambda kv: kv[0], reverse=True), list(reversed(d.items())))
for k, v in {}.items():
    print('never')
try:
    for k, v in d.items():
        d['z'] = 0
except RuntimeError as e:
    print(e)
print(type(iter(d.items())).__name__, list(zip(d.items(), d.values())))
