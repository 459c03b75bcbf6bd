from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
import time
log = []
class Timer:
    def __init__(self, name): self.name = name
    def __enter__(self): log.append('enter ' + self.name); return self
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else None)); return et is KeyError
with Timer('a') as t, Timer('b'): pass
with Timer('c'): raise KeyError('swallowed')
try:
    with Timer('d'): raise ValueError('x')
except ValueError: log.append('caught')
print(log)
@contextmanager
def tag(name):
    print('<%s>' % name)
    try: yield name.upper()
    finally: print('</%s>' % name)
with tag('p') as n: print(n)
try:
    with tag('q'): raise IndexError('boom')
except IndexError as e: print('got', e)
with suppress(ZeroDivisionError): 1 / 0
with ExitStack() as st:
    for n in 'xyz': st.enter_context(tag(n))
    st.callback(print, 'callback')
class Res:
    def close(self): print('closed')
with closing(Res()): print('using')
with nullcontext(5) as v: print(v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
