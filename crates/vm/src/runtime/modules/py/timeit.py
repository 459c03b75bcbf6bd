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

# CPython's defaults: the clock, the runs per timing, the timings per repeat().
default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
# The file name of the timing function's code (its tracebacks show it).
dummy_src_name = "<timeit-src>"

# Timer's `globals` parameter hides the builtin of that name.
_timeit_namespace = globals

# The timing function's source, line by line, with {init} (extra parameters), {setup} and
# {stmt} to fill in. Its exact text is behaviour: Timer.src shows it and tracebacks
# number its lines.
template = "\n".join([
    "",
    "def inner(_it, _timer{init}):",
    "    {setup}",
    "    _t0 = _timer()",
    "    for _i in _it:",
    "        {stmt}",
    "        pass",
    "    _t1 = _timer()",
    "    return _t1 - _t0",
    "",
])


def reindent(src, indent):
    """The source with every line after the first indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times a statement given as source or as a callable.

    The setup (source or callable) runs once per timing, then the statement runs in a
    loop; `timer` is read before and after the loop. String statements see timeit's
    own globals unless `globals` is given.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        """Compile the timing function from the statement and setup."""
        self.timer = timer
        namespace = _timeit_namespace() if globals is None else globals
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
        """Print the traceback of the exception being handled (to `file`, default
        sys.stderr)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds (by the timer) that `number` runs of the statement take, after the
        setup ran once; garbage collection is off meanwhile."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timings, each of `number` runs."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Time 1, 2, 5, 10, 20, 50, ... runs until one timing reaches 0.2 s;
        return (runs, seconds). `callback(runs, seconds)` sees each timing."""
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
    """Time `number` runs of stmt after setup: Timer(...).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(...).repeat(repeat, number): a list of timings."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
