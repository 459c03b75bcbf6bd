# OSError's args keep the filename slots when the filename is None (CPython's OSError_init
# drops them only for a real filename); found by tools/difffuzz.
for args in [(3, 'x', None), (3, 'x', None, None), (3, 'x', 'f'), (3, 'x', 'f', None, 'g'), (3, 'x', None, None, 'g'), (2, 'nf', None)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), e.args, str(e), e.errno, e.strerror, e.filename, e.filename2)
