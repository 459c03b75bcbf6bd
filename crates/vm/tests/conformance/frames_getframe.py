# sys._getframe and the stack functions of traceback: the active frames' code, line,
# callers (f_back) and module namespace; extract_stack / format_stack / print_stack with
# limits; a frame deeper than the stack is a ValueError.
import sys
import traceback


def inner(show):
    here = sys._getframe(); line = here.f_lineno
    print(here.f_code.co_name, line, here.f_back.f_code.co_name, here.f_back.f_lineno)
    print([sys._getframe(d).f_code.co_name for d in range(3)], sys._getframe(3).f_back)
    print(here.f_globals is globals(), sys._getframe(3).f_locals is globals())
    print(here.f_builtins is __builtins__.__dict__, here.f_trace, type(here).__name__)
    try:
        sys._getframe(4)
    except ValueError as e:
        print(type(e).__name__, e)
    for bad in ('x', 1.5):
        try:
            sys._getframe(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    if show:
        stack = traceback.extract_stack()
        print(len(stack), [(s.name, s.lineno, s.line) for s in stack])
        print([s.name for s in traceback.extract_stack(limit=2)])
        print([s.name for s in traceback.extract_stack(limit=-1)])
        print(''.join(traceback.format_stack(here.f_back)), end='')
        traceback.print_stack(limit=1, file=sys.stdout)
        print([f.f_code.co_name for f, _ in traceback.walk_stack(here)])
    return here


def middle(show):
    return inner(show)


def outer(show=False):
    return middle(show)


f = outer(True)
print(sys._getframe().f_code.co_name, sys._getframe(-3).f_code.co_name, sys._getframe().f_back)
print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back.f_code.co_name)
print(sorted(x for x in map(lambda g: g(0).f_code.co_name, [sys._getframe])))
