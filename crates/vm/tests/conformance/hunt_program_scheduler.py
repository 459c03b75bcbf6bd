import heapq
from dataclasses import dataclass, field
from enum import Enum, auto
import itertools

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

class TaskError(RuntimeError):
    pass

@dataclass(order=True)
class Task:
    priority: int
    seq: int = field(compare=True)
    name: str = field(compare=False)
    steps: int = field(compare=False, default=1)
    state: State = field(compare=False, default=State.PENDING)
    log: list = field(compare=False, default_factory=list, repr=False)

    def run_step(self):
        if self.name.startswith("bad") and len(self.log) == 1:
            raise TaskError(f"task {self.name} crashed at step {len(self.log) + 1}")
        self.log.append(f"{self.name}:{len(self.log) + 1}")
        return len(self.log) >= self.steps

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.finished = []
        self.errors = {}

    def submit(self, name, priority=5, steps=1):
        t = Task(priority, next(self.counter), name, steps)
        heapq.heappush(self.queue, t)
        return t

    def __len__(self):
        return len(self.queue)

    def __bool__(self):
        return bool(self.queue)

    def run(self, budget=100):
        ticks = 0
        while self and ticks < budget:
            task = heapq.heappop(self.queue)
            task.state = State.RUNNING
            ticks += 1
            try:
                done = task.run_step()
            except TaskError as e:
                task.state = State.FAILED
                self.errors[task.name] = e
                continue
            if done:
                task.state = State.DONE
                self.finished.append(task)
            else:
                task.priority += 1
                task.state = State.PENDING
                heapq.heappush(self.queue, task)
        return ticks

s = Scheduler()
for name, prio, steps in [("backup", 3, 2), ("email", 1, 1), ("bad-job", 2, 3), ("report", 3, 3), ("index", 0, 4)]:
    s.submit(name, prio, steps)
print(len(s), [t.name for t in sorted(s.queue)])
print("ticks", s.run())
for t in s.finished:
    print(f"{t.name:<8} {t.state.name:<7} prio={t.priority} log={t.log}")
for name, err in s.errors.items():
    print(name, type(err).__name__, err, isinstance(err, RuntimeError))
print(Task(1, 0, "a") < Task(1, 1, "b"), Task(2, 0, "x") == Task(2, 0, "y"), repr(Task(0, 9, "r")))
print(State.DONE, State.DONE.value, State["FAILED"], [st.name for st in State])
nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
merged = heapq.merge(["apple", "cherry"], ["banana"], key=len, reverse=False)
print(list(merged))
def event_stream():
    for i, ev in enumerate(["start", "tick", "tick", "stop"]):
        yield i, ev
timeline = {}
for i, ev in event_stream():
    timeline.setdefault(ev, []).append(i)
print(timeline)
s.submit("late", 9)
s.queue[0].name = "bad-late"
s.queue[0].log.append("x")
s.run()
print(sorted(s.errors))
raise s.errors["bad-job"]
