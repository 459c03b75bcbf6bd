# pymem's internal `_native_attr` module: the read-only attribute descriptor the Python
# halves of native modules (`array`, `_struct`) give their classes, standing for the
# getset descriptors of CPython's C types.


class ReadOnly(object):
    """A read-only attribute as C types have them (a getset descriptor): read through a
    native getter, refused on assignment and deletion with CPython's message."""

    __slots__ = ('_get', '_name', '_owner')

    def __init__(self, get, name, owner):
        self._get = get
        self._name = name
        self._owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self._get(obj)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, self._owner))

    def __repr__(self):
        return "<attribute '%s' of '%s' objects>" % (self._name, self._owner)
