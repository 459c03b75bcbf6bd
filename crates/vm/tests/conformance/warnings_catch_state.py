# warnings: catch_warnings' repr, its errors on a second enter or an exit before enter,
# what it saves and restores (filters, showwarning), action=, a module= stand-in, and
# WarningMessage's fields and str (with and without a category); formatwarning.
import sys
import types
import warnings

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
print(repr(warnings.catch_warnings(module=sys)).startswith("catch_warnings(module=<module 'sys'"))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
with cw as got:
    print('entered, returns', got)
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError:', e)

before = warnings.filters
before_show = warnings.showwarning
with warnings.catch_warnings(record=True) as log:
    print(type(log).__name__, log, warnings.filters is before, warnings.filters == before)
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', RuntimeWarning)
    print(warnings.showwarning is before_show)
print(warnings.filters is before, warnings.showwarning is before_show, len(log))
for w in log:
    print(sorted(k for k in vars(w) if not k.startswith('_')), w.message, w.category.__name__,
          w.lineno, w.file, w.line, w.source)

with warnings.catch_warnings(action='error', category=UserWarning):
    print(warnings.filters[0])
    try:
        warnings.warn('as error')
    except UserWarning as e:
        print('raised', e)
print(warnings.filters[0] == before[0])

with warnings.catch_warnings(record=True, action='always', category=RuntimeWarning) as log:
    warnings.warn('rt', RuntimeWarning)
    warnings.warn('rt', RuntimeWarning)
print(len(log))

shown = []


def hook(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno, file, line))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = hook
    warnings.warn('to the hook')
print(shown, warnings.showwarning is before_show)

m = warnings.WarningMessage('msg', UserWarning, 'f.py', 3)
print(str(m))
m = warnings.WarningMessage(ValueError('x'), None, 'g.py', 7, None, 'src line', 'obj')
print(str(m), m.source, m.line, m.file)
print(repr(warnings.formatwarning('text', DeprecationWarning, 'h.py', 12, 'the line  ')))
print(repr(warnings.formatwarning('text', UserWarning, 'h.py', 12, '')))
