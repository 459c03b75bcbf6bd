# Protocol methods set to None: each operation's CPython message.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    __contains__ = None
    __iter__ = None
    __len__ = None
    __reversed__ = None
    __getitem__ = None
    __bool__ = None
t(lambda: 1 in C())
t(lambda: iter(C()))
t(lambda: list(C()))
t(lambda: [x for x in C()])
t(lambda: len(C()))
t(lambda: reversed(C()))
t(lambda: C()[0])
t(lambda: bool(C()))
def g():
    for x in C(): pass
t(g)
