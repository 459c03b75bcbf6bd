import gc, weakref, sys
class Tracked:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
def g():
    t = Tracked('in-gen')
    yield 1
    yield 2
it = g(); next(it); print('before del'); del it; print('after del')
def failing():
    t = Tracked('failing-local')
    raise ValueError('x')
    yield
try:
    next(failing())
except ValueError as e:
    print('caught', type(e.__traceback__).__name__)
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name)
    del tb
print('after except')
def plain():
    t = Tracked('func-local')
    raise KeyError('k')
try: plain()
except KeyError as e:
    print('in handler')
print('after handler')
def never():
    t = Tracked('never')
    yield

n = never(); del n; print('unstarted deleted')
gc.collect(); print('end')
