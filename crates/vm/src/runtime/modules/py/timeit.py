# pymem's frozen `timeit` module: Timer (timeit, repeat, autorange, print_exc) and the
# timeit()/repeat() shortcuts, with statements given as source strings or callables.
#
# As in CPython, a Timer compiles one function, `inner`, from a source template (kept in
# `Timer.src`, file name "<timeit-src>") that runs the setup once and the statement in a
# loop between two readings of the timer; string statements run in timeit's own namespace
# unless `globals` is given. The garbage collector is off while the loop runs.
#
# Missing: the command-line interface (`python -m timeit`, `main()`).

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_module_namespace = globals

# The layout is part of the behaviour: Timer.src shows it, tracebacks number its lines.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets.

    The constructor takes a statement to be timed, an additional
    statement used for setup, and a timer function.  Both statements
    default to 'pass'; the timer function is platform-dependent (see
    module doc string).  If 'globals' is specified, the code will be
    executed within that namespace (as opposed to inside timeit's
    namespace).

    To measure the execution time of the first statement, use the
    timeit() method.  The repeat() method is a convenience to call
    timeit() multiple times and return a list of results.

    The statements may contain newlines, as long as they don't contain
    multi-line string literals.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        """Constructor.  See class doc string."""
        self.timer = timer
        namespace = _module_namespace() if globals is None else globals
        bindings = {}
        params = ''
        if isinstance(setup, str):
            # Compiled alone first so that its own syntax errors are reported as its own.
            compile(setup, dummy_src_name, "exec")
            checked_prefix = setup + '\n'
            setup_src = reindent(setup, 4)
        elif callable(setup):
            bindings['_setup'] = setup
            params += ', _setup=_setup'
            checked_prefix = ''
            setup_src = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # With the setup in front, so that names the setup binds count as bound.
            compile(checked_prefix + stmt, dummy_src_name, "exec")
            stmt_src = reindent(stmt, 8)
        elif callable(stmt):
            bindings['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = template.format(stmt=stmt_src, setup=setup_src, init=params)
        exec(compile(self.src, dummy_src_name, "exec"), namespace, bindings)
        self.inner = bindings["inner"]

    def print_exc(self, file=None):
        """Helper to print a traceback from the timed code.

        Typical use:

            t = Timer(...)       # outside the try/except
            try:
                t.timeit(...)    # or t.repeat(...)
            except:
                t.print_exc()

        The optional file argument directs where the traceback is
        sent; it defaults to sys.stderr.
        """
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement.

        To be precise, this executes the setup statement once, and
        then returns the time it takes to execute the main statement
        a number of times, as float seconds if using the default timer.   The
        argument is the number of times through the loop, defaulting
        to one million.  The main statement, the setup statement and
        the timer function to be used are passed to the constructor.
        """
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times.

        This is a convenience function that calls the timeit()
        repeatedly, returning a list of results.  The first argument
        specifies how many times to call timeit(), defaulting to 5;
        the second argument specifies the timer argument, defaulting
        to one million.
        """
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2.

        Calls the timeit method with increasing numbers from the sequence
        1, 2, 5, 10, 20, 50, ... until the time taken is at least 0.2
        second.  Returns (number, time_taken).

        If *callback* is given and is not None, it will be called after
        each trial with two arguments: ``callback(number, time_taken)``.
        """
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
