"""High-level I/O multiplexing (pymem's selectors).

The API of CPython 3.12's module over select.select: register file objects or
descriptors with the events to wait for, then select() the ready ones. pymem's select
module has only select(), so DefaultSelector is SelectSelector (CPython's is
EpollSelector on Linux); the behaviour seen through the API is the same.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import select

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)


def _descriptor_of(obj):
    """The descriptor `obj` stands for: itself if an int, else what fileno() says."""
    if not isinstance(obj, int):
        getter = getattr(obj, "fileno", None)
        try:
            obj = int(getter())
        except (TypeError, ValueError):
            raise ValueError("Invalid file object: %r" % (obj,)) from None
    if obj >= 0:
        return obj
    raise ValueError("Invalid file descriptor: %d" % obj)


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """A registered file object: the object, its descriptor, the events
waited for and the data given with it."""


def _not_registered(obj):
    return KeyError("%r is not registered" % (obj,))


class _Registrations(Mapping):
    """get_map()'s read-only view: file object -> SelectorKey."""

    def __init__(self, keys, find):
        self._keys, self._find = keys, find

    def __getitem__(self, obj):
        found = self._keys.get(self._find(obj))
        if found is not None:
            return found
        raise _not_registered(obj)

    def get(self, obj, default=None):
        return self._keys.get(self._find(obj), default)

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: registrations, and a wait for readiness."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch `fileobj` for `events`; returns its SelectorKey."""

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching `fileobj`; returns its SelectorKey."""

    def modify(self, fileobj, events, data=None):
        """Change what `fileobj` is watched for, or its data."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """[(SelectorKey, ready events)] of the objects ready within `timeout`."""

    def close(self):
        """Forget every registration."""

    def get_key(self, fileobj):
        """The SelectorKey of `fileobj` (KeyError if it is not registered)."""
        view = self.get_map()
        if view is None:
            raise RuntimeError('Selector is closed')
        if fileobj in view:
            return view[fileobj]
        raise _not_registered(fileobj)

    @abstractmethod
    def get_map(self):
        """The registrations, as a mapping from file objects to keys."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class SelectSelector(BaseSelector):
    """A selector over select.select()."""

    def __init__(self):
        self._keys = {}
        self._view = _Registrations(self._keys, self._find)

    def _find(self, obj):
        # A file that is closed has no fileno() any more: it is found by identity.
        try:
            return _descriptor_of(obj)
        except ValueError:
            matches = [k.fd for k in self._keys.values() if k.fileobj is obj]
            if not matches:
                raise
            return matches[0]

    def register(self, fileobj, events, data=None):
        if events & ~(EVENT_READ | EVENT_WRITE) or not events:
            raise ValueError("Invalid events: %r" % (events,))
        fd = self._find(fileobj)
        if fd in self._keys:
            raise KeyError("%r (FD %d) is already registered" % (fileobj, fd))
        self._keys[fd] = made = SelectorKey(fileobj, fd, events, data)
        return made

    def unregister(self, fileobj):
        gone = self._keys.pop(self._find(fileobj), None)
        if gone is None:
            raise _not_registered(fileobj)
        return gone

    def modify(self, fileobj, events, data=None):
        old = self._keys.get(self._find(fileobj))
        if old is None:
            raise _not_registered(fileobj)
        if old.events != events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if old.data == data:
            return old
        self._keys[old.fd] = changed = old._replace(data=data)
        return changed

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        want_r = [fd for fd, k in self._keys.items() if k.events & EVENT_READ]
        want_w = [fd for fd, k in self._keys.items() if k.events & EVENT_WRITE]
        try:
            readable, writable, _ = select.select(want_r, want_w, [], timeout)
        except InterruptedError:
            return []
        got = dict.fromkeys(readable, EVENT_READ)
        for fd in writable:
            got[fd] = got.get(fd, 0) | EVENT_WRITE
        return [(self._keys[fd], ev & self._keys[fd].events)
                for fd, ev in got.items() if fd in self._keys]

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view


DefaultSelector = SelectSelector
