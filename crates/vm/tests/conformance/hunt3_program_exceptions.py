import traceback, sys
class AppError(Exception):
    def __init__(self, msg, code): super().__init__(msg); self.code = code
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError('bad input %r' % s, 400) from e
try: parse('x')
except AppError as e:
    print(e, e.code, type(e.__cause__).__name__, e.__suppress_context__)
    e.add_note('while parsing config'); e.add_note('line 3'); print(e.__notes__)
try:
    try: {}['k']
    except KeyError: raise RuntimeError('during handling')
except RuntimeError as e: print(repr(e.__context__), e.__cause__)
try: raise ValueError('a') from None
except ValueError as e: print(e.__suppress_context__, e.__cause__, e.__context__)
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
try: raise eg
except* ValueError as g: print('vals', g.exceptions)
except* TypeError as g: print('types', g.exceptions)
def deep(n):
    if n == 0: raise LookupError('bottom')
    deep(n - 1)
try: deep(3)
except LookupError:
    tb = sys.exc_info()[2]; print(len(traceback.extract_tb(tb)))
    print(''.join(traceback.format_exception_only(*sys.exc_info()[:2])).strip())
e = AppError('x', 1); print(e.args, str(e), repr(e))
try: parse('q')
except Exception:
    traceback.print_exc()
err = AppError('final', 500); err.add_note('note!'); raise err
