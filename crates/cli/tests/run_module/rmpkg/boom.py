# -m rmpkg.boom: an uncaught exception.
def fail(n):
    raise ValueError('boom %d' % n)


print('before')
fail(7)
