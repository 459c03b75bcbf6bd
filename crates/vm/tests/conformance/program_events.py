# An event bus and a tiny state machine: closures, callbacks with *args/**kwargs, dict
# dispatch, sorting by priority, generators as coroutines, and error isolation.
from_events = []


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for prio, _, fn in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results


bus = EventBus()


@bus.on("login", priority=5)
def audit(user, **meta):
    from_events.append(("audit", user, sorted(meta.items())))
    return f"audit {user}"


@bus.on("login")
def greet(user, **meta):
    return f"hello {user}" + (f" from {meta['ip']}" if "ip" in meta else "")


@bus.on("login", priority=9)
def check(user, **meta):
    if user == "mallory":
        raise PermissionError("blocked user")
    return "ok"


print(bus.emit("login", "alice", ip="10.0.0.1"))
print(bus.emit("login", "mallory"))
print(bus.emit("logout", "alice"), from_events)


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


c1, c2 = make_counter(), make_counter(10, 5)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1.__closure__ is not None)

TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}


def machine():
    state = "idle"
    log = []
    while True:
        event = yield state
        if event is None:
            break
        new = TRANSITIONS.get((state, event))
        if new is None:
            log.append(f"ignored {event!r} in {state}")
            continue
        log.append(f"{state} -{event}-> {new}")
        state = new
    return log


m = machine()
print(next(m))
for ev in ["push", "coin", "coin", "push", "done", "refund"]:
    print(ev, "=>", m.send(ev))
try:
    m.send(None)
except StopIteration as stop:
    print("\n".join(stop.value))


def averager():
    total = n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total / n


avg = averager()
next(avg)
print([round(avg.send(v), 2) for v in [10, 20, 5, 7.5]])
handlers = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "neg": lambda a: -a}
ops = [("add", 2, 3), ("mul", 4, 5), ("neg", 7), ("div", 1, 2), ("add", 1)]
for name, *args in ops:
    fn = handlers.get(name)
    try:
        print(name, args, "->", fn(*args) if fn else f"unknown op {name!r}")
    except TypeError as e:
        print(name, args, "-> TypeError:", e)
