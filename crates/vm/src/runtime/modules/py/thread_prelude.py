# The Python side of pymem's `_thread` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/thread.rs): the lock classes around the native lock
# state each instance keeps in `_s` (their methods are the native functions themselves),
# `_local` (attributes per thread) and the `_ExceptHookArgs` struct sequence.


class lock(object):
    """A mutual-exclusion lock: acquire() blocks while another thread holds it."""

    __slots__ = ('_s', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")

    acquire = acquire_lock = __enter__ = _lock_acquire
    release = release_lock = _lock_release
    __exit__ = _lock_exit
    locked = locked_lock = _lock_locked
    _at_fork_reinit = _lock_reinit
    __repr__ = _lock_repr


LockType = lock
del lock


def _new_lock(_core=_core):
    made = object.__new__(LockType)
    made._s = _core()
    return made


class RLock(object):
    """A lock its owner may take again; it is free once released as often as taken."""

    __slots__ = ('_s', '__weakref__')

    def __new__(cls, *args, _core=_core, **kwargs):
        made = object.__new__(cls)
        made._s = _core()
        return made

    def __init__(self, *args, **kwargs):
        pass

    acquire = __enter__ = _rlock_acquire
    release = __exit__ = _rlock_release
    _is_owned = _rlock_is_owned
    _recursion_count = _rlock_recursion_count
    _release_save = _rlock_release_save
    _acquire_restore = _rlock_acquire_restore
    _at_fork_reinit = _lock_reinit
    __repr__ = _rlock_repr


def _type_label(obj):
    cls = type(obj)
    return '_thread._local' if cls is _local else cls.__name__


def _data_descriptor(cls, name):
    """Whether `name` is found on `cls` as a data descriptor (a property, a slot), which
    wins over the per-thread attributes."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            kind = type(klass.__dict__[name])
            return hasattr(kind, '__set__') or hasattr(kind, '__delete__')
    return False


class _local(object):
    """Thread-local data: each thread sees its own attributes (its own __dict__). A
    subclass's __init__ runs again, with the same arguments, in each thread that first
    touches the object."""

    __slots__ = ('_local__per_thread', '_local__init_args', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        made = object.__new__(cls)
        object.__setattr__(made, '_local__per_thread', {})
        object.__setattr__(made, '_local__init_args', (args, kwargs))
        # The creating thread's namespace exists from the start: its __init__ is the
        # ordinary call that follows.
        _local._local__namespace(made, False)
        return made

    def _local__namespace(self, run_init=True):
        per_thread = object.__getattribute__(self, '_local__per_thread')
        me = get_ident()
        ns = per_thread.get(me)
        if ns is None:
            ns = per_thread[me] = {}
            _on_thread_exit(lambda: per_thread.pop(me, None))
            if run_init:
                args, kwargs = object.__getattribute__(self, '_local__init_args')
                type(self).__init__(self, *args, **kwargs)
        return ns

    def __getattribute__(self, name):
        ns = _local._local__namespace(self)
        if name == '__dict__':
            return ns
        if name in ns and not _data_descriptor(type(self), name):
            return ns[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_label(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_label(self))
        ns = _local._local__namespace(self)
        if _data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            ns[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_label(self))
        ns = _local._local__namespace(self)
        if _data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in ns:
            del ns[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'" % (_type_label(self), name))


_MISSING = object()


def _hook_args_type():
    fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence=_MISSING, dict=None):
        if sequence is _MISSING:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        values = tuple(sequence)
        if len(values) != len(fields):
            raise TypeError('_thread._ExceptHookArgs() takes a %d-sequence (%d-sequence given)'
                            % (len(fields), len(values)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in zip(fields, self))
        return '_thread._ExceptHookArgs(%s)' % shown

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {'__module__': '_thread', '__slots__': (), '__new__': __new__, '__repr__': __repr__,
                 '__reduce__': __reduce__, 'n_fields': 4, 'n_sequence_fields': 4,
                 'n_unnamed_fields': 0, '__match_args__': fields}
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type('_ExceptHookArgs', (tuple,), namespace)


_ExceptHookArgs = _hook_args_type()
del _hook_args_type

# Only the module's API stays (the native helpers live on in the classes above).
for _name in [n for n in globals() if n.startswith(('_lock_', '_rlock_'))]:
    del globals()[_name]
del _name, _core
