# io.TextIOWrapper's errors: bad arguments, closed and detached wrappers, buffers that
# cannot read, write or seek, and what the wrapper asks of its buffer.
import io


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


B = io.BytesIO
W = io.TextIOWrapper

print('-- construction')
attempt('no arguments', lambda: W())
attempt('encoding int', lambda: W(B(), encoding=1))
attempt('errors int', lambda: W(B(), errors=1))
attempt('newline int', lambda: W(B(), newline=1))
attempt('newline bad', lambda: W(B(), newline='x'))
attempt('unknown encoding', lambda: W(B(), encoding='nope'))
attempt('not a text encoding', lambda: W(B(), encoding='hex'))
attempt('unknown handler', lambda: W(B(), errors='nope').errors)
attempt('unknown handler on write', lambda: W(B(), encoding='ascii', errors='nope').write('\xe9'))
attempt('too many', lambda: W(B(), 'utf-8', None, None, False, False, 1))
attempt('bad keyword', lambda: W(B(), foo=1))
attempt('twice', lambda: W(B(), 'utf-8', encoding='utf-8'))
attempt('not a stream', lambda: W(42))
attempt('line_buffering truth', lambda: (W(B(), line_buffering='x').line_buffering,
                                          W(B(), line_buffering=[]).line_buffering))
attempt('name of BytesIO', lambda: W(B()).name)
attempt('mode', lambda: W(B()).mode)
attempt('buffer is read-only', lambda: setattr(W(B()), 'buffer', 1))
attempt('encoding is read-only', lambda: setattr(W(B()), 'encoding', 'x'))
attempt('chunk size 0', lambda: setattr(W(B()), '_CHUNK_SIZE', 0))
attempt('chunk size del', lambda: delattr(W(B()), '_CHUNK_SIZE'))

print('-- arguments')
attempt('write bytes', lambda: W(B()).write(b'x'))
attempt('write None', lambda: W(B()).write(None))
attempt('write nothing', lambda: W(B()).write())
attempt('read str', lambda: W(B()).read('x'))
attempt('read float', lambda: W(B()).read(1.5))
attempt('readline str', lambda: W(B()).readline('x'))
attempt('readline None', lambda: W(B(b'ab\ncd')).readline(None))
attempt('readlines str', lambda: W(B()).readlines('x'))
attempt('seek str', lambda: W(B()).seek('x'))
attempt('seek whence 3', lambda: W(B()).seek(0, 3))
attempt('seek negative', lambda: W(B()).seek(-1))
attempt('seek cur', lambda: W(B()).seek(1, 1))
attempt('seek end', lambda: W(B()).seek(1, 2))
attempt('seek past the end', lambda: (lambda w: (w.seek(10), w.read(), w.tell()))(W(B(b'abc'))))
attempt('decode error', lambda: W(B(b'a\xffb\n'), encoding='utf-8').read())
attempt('incomplete at the end', lambda: W(B(b'ab\xc3'), encoding='utf-8').readline())
attempt('encode error', lambda: W(B(), encoding='ascii').write('\xe9'))
attempt('reconfigure positional', lambda: W(B()).reconfigure('x'))
attempt('reconfigure keyword', lambda: W(B()).reconfigure(foo=1))
attempt('reconfigure encoding int', lambda: W(B()).reconfigure(encoding=1))
attempt('reconfigure errors int', lambda: W(B()).reconfigure(errors=1))
attempt('reconfigure newline bad', lambda: W(B()).reconfigure(newline='x'))
attempt('reconfigure unknown encoding', lambda: W(B()).reconfigure(encoding='nope'))


def after_read(**kw):
    w = W(B(b'abc\ndef\n'), encoding='utf-8')
    w.readline()
    return w.reconfigure(**kw)


for kw in ({'encoding': 'ascii'}, {'errors': 'strict'}, {'newline': '\n'},
           {'newline': 'x'}, {'line_buffering': True}):
    attempt(f'reconfigure after a read {kw}', lambda: after_read(**kw))

print('-- closed')


def closed():
    w = W(B(b'abc'), encoding='utf-8')
    w.close()
    return w


for m in ('read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'isatty', 'readable',
          'writable', 'seekable', 'detach', '__iter__', '__next__', '__enter__', 'truncate',
          'close'):
    attempt('closed ' + m, lambda: getattr(closed(), m)())
attempt('closed write', lambda: closed().write('x'))
attempt('closed writelines', lambda: closed().writelines(['x']))
attempt('closed seek', lambda: closed().seek(0))
attempt('closed reconfigure', lambda: closed().reconfigure(line_buffering=True))
attempt('closed repr', lambda: repr(closed()))
attempt('closed attributes', lambda: (closed().closed, closed().encoding, closed().errors,
                                      closed().line_buffering, closed().newlines))
attempt('closed buffer', lambda: closed().buffer.closed)

print('-- detached')


def detached():
    w = W(B(b'abc'), encoding='utf-8')
    w.detach()
    return w


for m in ('read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'isatty', 'readable',
          'writable', 'seekable', 'detach', '__iter__', '__next__', '__enter__', 'truncate',
          'close'):
    attempt('detached ' + m, lambda: getattr(detached(), m)())
attempt('detached write', lambda: detached().write('x'))
attempt('detached seek', lambda: detached().seek(0))
attempt('detached repr', lambda: repr(detached()))
for a in ('closed', 'encoding', 'errors', 'line_buffering', 'write_through', 'newlines',
          'buffer', 'name'):
    attempt('detached .' + a, lambda: getattr(detached(), a))

print('-- what the buffer cannot do')


class WriteOnly:
    closed = False

    def readable(self):
        return False

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, b):
        print('  write', bytes(b))
        return len(b)

    def flush(self):
        print('  flush')

    def close(self):
        print('  close')
        self.closed = True


keep = []
for op in ('read', 'readline', 'tell'):
    w = W(WriteOnly(), encoding='utf-8')
    keep.append(w)
    attempt('write-only ' + op, getattr(w, op))
w = W(WriteOnly(), encoding='utf-8')
keep.append(w)
attempt('write-only seek', lambda: w.seek(0))
attempt('write-only write', lambda: w.write('héllo\n'))
attempt('write-only flush', w.flush)
attempt('write-only close', w.close)
attempt('write-only close again', w.close)
lb = W(WriteOnly(), encoding='utf-8', line_buffering=True)
attempt('line buffered', lambda: lb.write('ab'))
attempt('line buffered, newline', lambda: lb.write('c\nd'))
attempt('line buffered, carriage return', lambda: lb.write('e\rf'))
attempt('detach', lambda: type(lb.detach()).__name__)


class ReadOnly(io.BytesIO):
    def writable(self):
        return False


attempt('read-only write', lambda: W(ReadOnly(b'x'), encoding='utf-8').write('y'))
attempt('read-only truncate', lambda: W(ReadOnly(b'x'), encoding='utf-8').truncate())


class StrReader(io.BytesIO):
    def read1(self, n=-1):
        return 'text'


attempt('read1 gives str', lambda: W(StrReader(b'x'), encoding='utf-8').read(1))


class FlushFails(io.BytesIO):
    def flush(self):
        raise RuntimeError('flush failed')


b = FlushFails()
w = W(b, encoding='utf-8')
w.write('x')
attempt('close with a failing flush', w.close)
print('buffer closed anyway:', b.closed)
