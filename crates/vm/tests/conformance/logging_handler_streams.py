# logging handlers: StreamHandler's setStream and reprs (stdout, stderr, a named stream,
# a nameless one), FileHandler opening now or on the first record (delay), reopening after
# close except in 'w' mode, its repr; handler names, filters (objects, callables, ones
# returning a replacement record), removeFilter, Filter's name matching, Handler.format
# with and without a formatter, Handler.emit unimplemented.
import io
import logging
import os
import sys
import tempfile


class Named(io.StringIO):
    name = 'named-stream'


buf = io.StringIO()
h = logging.StreamHandler(buf)
print(repr(logging.StreamHandler()), repr(logging.StreamHandler(sys.stdout)), repr(h),
      repr(logging.StreamHandler(Named())))
h.setLevel(logging.INFO)
print(repr(h))
old = h.setStream(Named())
print(old is buf, h.setStream(h.stream), repr(h))
h.setStream(buf)
rec = logging.LogRecord('app.db', logging.WARNING, 'f.py', 3, 'value %s', (42,), None)
h.handle(rec)
h.terminator = '|'
h.handle(rec)
print(repr(buf.getvalue()))
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
print(h.format(rec), logging.Handler().format(rec))
try:
    logging.Handler().emit(rec)
except NotImplementedError as e:
    print('NotImplementedError:', e)

h.set_name('first')
print(h.name, h.get_name(), logging._handlers.get('first') is h)
h.name = 'second'
print('first' in logging._handlers, logging._handlers.get('second') is h)
h.close()
print('second' in logging._handlers)

f = logging.Filter('app')
for name in ('app', 'app.db', 'apple', 'other', 'ap'):
    print(name, f.filter(logging.LogRecord(name, 10, 'f', 1, 'm', (), None)))
print(logging.Filter('').filter(rec))
h2 = logging.StreamHandler(io.StringIO())
calls = []


class Replace(logging.Filter):
    def filter(self, record):
        calls.append('object')
        copy = logging.makeLogRecord(record.__dict__)
        copy.msg, copy.args = 'replaced', ()
        return copy


h2.addFilter(Replace())
h2.addFilter(lambda record: calls.append('callable') or record.msg == 'replaced')
h2.addFilter(lambda record: True)
result = h2.handle(rec)
print(calls, type(result).__name__, result.msg, rec.msg, repr(h2.stream.getvalue()))
blocker = lambda record: False
h2.addFilter(blocker)
h2.addFilter(blocker)
print(len(h2.filters), h2.handle(rec))
h2.removeFilter(blocker)
h2.removeFilter(blocker)
print(len(h2.filters), bool(h2.handle(rec)))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'log.txt')
    fh = logging.FileHandler(path, delay=True)
    print(fh.stream, os.path.exists(path), os.path.basename(repr(fh)))
    fh.handle(rec)
    fh.close()
    print(fh.stream, open(path).read().splitlines())
    fh.handle(rec)
    fh.close()
    print(open(path).read().splitlines())
    wh = logging.FileHandler(path, mode='w')
    print(wh.stream is not None, wh.baseFilename == os.path.abspath(path), wh.mode, wh.delay)
    wh.handle(rec)
    wh.close()
    wh.handle(rec)
    print(wh.stream, open(path).read().splitlines())
