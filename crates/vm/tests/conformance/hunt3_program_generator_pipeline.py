def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for l in lines:
        if l and not l.startswith('#'):
            k, _, v = l.partition('=')
            yield k.strip(), v.strip()
def numeric(pairs):
    for k, v in pairs:
        try: yield k, int(v)
        except ValueError: pass
src = "# conf\na = 1\nb = x\nc= 3\n\nd =4"
pipe = numeric(parse(read_lines(src)))
print(pipe.__name__, next(pipe), list(pipe))
def counter():
    total = 0
    while True:
        x = yield total
        if x is None: return total
        total += x
c = counter(); next(c); c.send(5); print(c.send(7))
try: c.send(None)
except StopIteration as e: print('done', e.value)
def delegate():
    r = yield from counter()
    yield 'result %s' % r
d = delegate(); next(d); d.send(2); print(d.send(None))
g = (x * x for x in range(5)); print(sum(g), list(g))
def closing_gen():
    try: yield 1; yield 2
    finally: print('cleanup')
cg = closing_gen(); next(cg); cg.close(); print(cg.gi_frame)
import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print([(k, len(list(g))) for k, g in itertools.groupby('aaabbc')])
def gen_exc():
    try: yield 1
    except ValueError as e: yield 'handled %s' % e
ge = gen_exc(); next(ge); print(ge.throw(ValueError('v')))
print(list(zip(*[iter(range(6))] * 2)), list(itertools.accumulate([1, 2, 3, 4])))
