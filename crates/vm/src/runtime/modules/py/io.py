# pymem's `io` module: the abstract classes IOBase, RawIOBase, BufferedIOBase and
# TextIOBase; the streams themselves come from `_io` (open, StringIO, BytesIO,
# TextIOWrapper, the buffered classes, FileIO), each on first use (`__getattr__` below):
# they are Python code that `import io` need not compile.
#
# As in CPython, the ABCs derive from `_io`'s bases and every class deriving from one of
# those (the native streams of open() and sys, StringIO, BytesIO, TextIOWrapper, ...) is
# an instance of the matching ABC; a class deriving from an ABC inherits the generic
# methods (readline over read, readlines, iteration, the context manager, ...).

import _io
import abc
from _io import (open, open_code, text_encoding, UnsupportedOperation, DEFAULT_BUFFER_SIZE,
                 BlockingIOError)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _recognise(base, native_base):
    """Give the ABC `base` a __subclasshook__ counting every class derived from
    `native_base` (one of `_io`'s bases) as its subclass (not as a subclass of the classes
    deriving from `base`)."""
    def __subclasshook__(cls, subclass):
        if cls is base and issubclass(subclass, native_base):
            return True
        return NotImplemented
    base.__subclasshook__ = classmethod(__subclasshook__)


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    """The abstract base class of all I/O classes."""
    _io._lend(locals(), _io._IOBASE)


class RawIOBase(_io._RawIOBase, IOBase):
    """Base class for raw binary I/O."""
    _io._lend(locals(), _io._RAW)


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    """Base class for buffered binary I/O."""
    _io._lend(locals(), _io._BUFFERED)


class TextIOBase(_io._TextIOBase, IOBase):
    """Base class for text I/O."""
    _io._lend(locals(), _io._TEXT)


_recognise(IOBase, _io._IOBase)
_recognise(RawIOBase, _io._RawIOBase)
_recognise(BufferedIOBase, _io._BufferedIOBase)
_recognise(TextIOBase, _io._TextIOBase)


# The classes `_io` makes on first use.
_LAZY = frozenset(('StringIO', 'BytesIO', 'TextIOWrapper', 'IncrementalNewlineDecoder',
                   'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'BufferedRWPair',
                   'FileIO'))


def __getattr__(name):
    if name in _LAZY:
        value = getattr(_io, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'io' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) | _LAZY)
