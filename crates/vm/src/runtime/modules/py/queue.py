"""Queues for passing items between threads: FIFO (Queue), LIFO (LifoQueue), lowest
first (PriorityQueue), and the unbounded SimpleQueue."""

import threading
from collections import deque
from heapq import heappop as _heappop, heappush as _heappush
from time import monotonic as _time
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get() when no item comes (get_nowait(), or a timeout)."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by put() when no room comes (put_nowait(), or a timeout)."""


def _deadline(block, timeout):
    """When a blocking call gives up: None for never (or when it does not block)."""
    if not block or timeout is None:
        return None
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return _time() + timeout


def _wait(cond, deadline):
    """Wait on cond until notified or past the deadline; False once past it."""
    if deadline is None:
        cond.wait()
        return True
    remaining = deadline - _time()
    if remaining <= 0:
        return False
    cond.wait(remaining)
    return True


class Queue:
    """A first-in first-out queue of at most maxsize items (unbounded when maxsize <= 0).

    Subclasses change the order by overriding _init, _qsize, _put and _get, which run
    with the queue's mutex held."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions on it say what changed.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Say that an item taken with get() has been dealt with; join() returns once
        every item put has been."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if not left:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until task_done() was called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """How many items are queued (a snapshot)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue is empty (a snapshot)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is full (a snapshot)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room when the queue is full (at most timeout seconds,
        when given, then Full); without block, Full at once when there is no room."""
        deadline = _deadline(block, timeout)
        with self.not_full:
            while not self._room():
                if not block or not _wait(self.not_full, deadline):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one when the queue is empty (at
        most timeout seconds, when given, then Empty); without block, Empty at once."""
        deadline = _deadline(block, timeout)
        with self.not_empty:
            while not self._qsize():
                if not block or not _wait(self.not_empty, deadline):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage: a deque, oldest first.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (items are often (priority, data)
    tuples). The items are a heap in a list."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the newest item first (a stack, in a list)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue, without task tracking: put() never
    blocks."""

    __module__ = '_queue'

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Add item (block and timeout are accepted for Queue's sake and ignored)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        """put(item)."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one when there is none (at
        most timeout seconds, when given, then Empty); without block, Empty at once."""
        deadline = _deadline(block, timeout)
        with self._ready:
            while not self._items:
                if not block or not _wait(self._ready, deadline):
                    raise Empty
            return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether no item is queued."""
        return not self._items

    def qsize(self):
        """How many items are queued."""
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)
