# coroutines: generator-based coroutines driven by send(): a Fibonacci-by-coroutines chain, a pipeline
# of filters/sinks, throw() and close() handling, and a round-robin scheduler of tasks.
import sys


def fib_co(n):
    """Each call level is a coroutine that receives n and sends back fib(n)."""
    if n <= 1:
        return n
    a = yield from fib_gen(n - 1)
    b = yield from fib_gen(n - 2)
    return a + b


def fib_gen(n):
    if n <= 1:
        return n
    yield
    a = yield from fib_gen(n - 1)
    b = yield from fib_gen(n - 2)
    return a + b


def run_to_end(gen):
    steps = 0
    try:
        while True:
            gen.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return count, avg
        total += value
        count += 1
        avg = total / count


def grep_filter(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    except GeneratorExit:
        target.close()


def collector(out):
    try:
        while True:
            out.append((yield))
    finally:
        out.append("closed")


def task(name, n, log):
    for i in range(n):
        got = yield i
        if got is not None:
            log.append((name, got))
    return name


def scheduler(tasks, log):
    results = []
    ready = list(tasks)
    tick = 0
    for t in ready:
        next(t)
    while ready:
        t = ready.pop(0)
        tick += 1
        try:
            t.send(tick if tick % 3 == 0 else None)
            ready.append(t)
        except StopIteration as e:
            results.append((e.value, tick))
    return results


def main(n):
    print("fib", run_to_end(fib_gen(n)))
    a = averager()
    next(a)
    last = None
    for i in range(1, 20001):
        last = a.send(i % 97)
    try:
        a.send(None)
    except StopIteration as e:
        print("averager", last, e.value)
    out = []
    sink = collector(out)
    next(sink)
    f = grep_filter("py", sink)
    next(f)
    for i in range(5000):
        f.send("line %d %s" % (i, "python" if i % 3 == 0 else "ruby"))
    f.close()
    print("pipeline", len(out), out[:2], out[-1])
    g = averager()
    next(g)
    try:
        g.throw(ValueError("bad value"))
    except ValueError as e:
        print("throw", e, g.gi_frame)
    log = []
    print("scheduler", scheduler([task("a", 5, log), task("b", 3, log), task("c", 7, log)], log))
    print("log", log)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
