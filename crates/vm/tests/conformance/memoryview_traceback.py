# An uncaught memoryview error: the traceback of a write through a view nested in
# function calls (CPython's carets included), after a few handled errors.
def t(label, f):
    try:
        f()
    except (ValueError, TypeError, IndexError, BufferError) as e:
        print(label, '->', type(e).__name__ + ':', e)


data = bytearray(b'0123456789')
view = memoryview(data)
t('index', lambda: view[10])
t('resize', lambda: data.extend(b'x'))
t('cast', lambda: view.cast('i'))


def fill(v, values):
    for i, x in enumerate(values):
        v[i] = x
    return v


def run():
    fill(view[::3], [65, 66, 67])
    print(data)
    window = view[2:6].cast('c')
    fill(window, [b'x', b'yy'])


run()
