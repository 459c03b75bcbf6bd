# pickle: object serialisation, protocols 0 to 5, byte for byte as CPython 3.12's C pickler
# writes them (its opcode choices, memo, batching and protocol 4 framing), and an unpickler
# for every opcode of those protocols. Out-of-band buffers (PickleBuffer, NEXT_BUFFER) are
# not supported. The classes report themselves as CPython's C module `_pickle` does.

import sys
import io
import copyreg
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (pickletools documents each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

TRUE = b'I01\n'
FALSE = b'I00\n'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9

# Module names protocols 0-2 write in their Python 2 spelling (fix_imports), and back.
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                'pickle': 'cPickle'}
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['exceptions'] = 'builtins'
# The built-in exceptions Python 2 had, in its `exceptions` module.
_PY2_EXCEPTIONS = frozenset("""
    ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
    DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning
    GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError
    KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
    StandardError StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
    TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
    UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
    """.split())


def encode_long(x):
    """x as the little-endian two's complement bytes LONG1/LONG4 carry (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and result[-2] & 0x80:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


class _Output:
    """The pickler's output, with protocol 4 frames: a frame is opened by the first write
    after the previous one was committed, and committed at an opcode boundary once it holds
    _FRAME_SIZE_TARGET bytes, before a large bytes or str payload, and at the end. A frame
    under _FRAME_SIZE_MIN bytes loses its header."""

    def __init__(self, write):
        self.buf = bytearray()
        self.write_out = write
        self.framing = False
        self.frame_start = -1

    def write(self, data):
        if self.framing and self.frame_start == -1:
            self.frame_start = len(self.buf)
            self.buf += bytes(_FRAME_HEADER_SIZE)
        self.buf += data

    def write_large(self, header, data):
        """A str or bytes payload: one that reaches the frame target goes out unframed."""
        if self.framing and len(data) >= _FRAME_SIZE_TARGET:
            self.commit_frame()
            self.framing = False
            self.write(header)
            self.write(data)
            self.framing = True
        else:
            self.write(header)
            self.write(data)

    def commit_frame(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        length = len(self.buf) - start - _FRAME_HEADER_SIZE
        if length >= _FRAME_SIZE_MIN:
            self.buf[start:start + _FRAME_HEADER_SIZE] = FRAME + pack('<Q', length)
        else:
            del self.buf[start:start + _FRAME_HEADER_SIZE]
        self.frame_start = -1
        if self.write_out is not None:
            self.flush()

    def boundary(self):
        if self.framing and self.frame_start != -1:
            if len(self.buf) - self.frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
                self.commit_frame()

    def flush(self):
        if self.write_out is not None and self.frame_start == -1 and self.buf:
            self.write_out(bytes(self.buf))
            self.buf.clear()


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.fast = 0
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError(f'Pickler.__init__() was not called by '
                                f'{type(self).__name__}.__init__()')
        out = self._out = _Output(self._file_write)
        if self.proto >= 2:
            out.write(PROTO + pack('<B', self.proto))
        if self.proto >= 4:
            out.framing = True
        try:
            self.save(obj)
        except RecursionError as e:
            # The C pickler's own depth guard names what it was doing. This module runs
            # frameless, so an error with a traceback was raised in Python code it called (a
            # __reduce__), and keeps its own words and frames.
            if e.__traceback__ is not None or e.args != ('maximum recursion depth exceeded',):
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling an object') from None
        out.write(STOP)
        out.commit_frame()
        out.framing = False
        out.flush()
        if out.buf:
            self._file_write(bytes(out.buf))
            out.buf.clear()

    # ----- memo --------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        self._out.write(self.put(idx))

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + pack('<B', idx) if idx < 256 else LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, idx):
        if self.bin:
            return BINGET + pack('<B', idx) if idx < 256 else LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # ----- save --------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        write = self._out.write
        pid = self.persistent_id(obj) if save_persistent_id else None
        if pid is not None:
            self.save_pers(pid)
            return
        t = type(obj)
        if obj is None:
            write(NONE)
        elif obj is True or obj is False:
            if self.proto >= 2:
                write(NEWTRUE if obj else NEWFALSE)
            else:
                write(TRUE if obj else FALSE)
        elif t is int:
            self.save_long(obj)
        elif t is float:
            self.save_float(obj)
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                write(self.get(x[0]))
            else:
                self.save_other(obj, t)
        self._out.boundary()

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            try:
                self._out.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_other(self, obj, t):
        if t is bytes:
            return self.save_bytes(obj)
        if t is str:
            return self.save_str(obj)
        if t is dict:
            return self.save_dict(obj)
        if t is set:
            if self.proto >= 4:
                return self.save_set(obj)
        elif t is frozenset:
            if self.proto >= 4:
                return self.save_frozenset(obj)
        elif t is list:
            return self.save_list(obj)
        elif t is tuple:
            return self.save_tuple(obj)
        elif t is bytearray:
            if self.proto >= 5:
                return self.save_bytearray(obj)
            # Older protocols have no opcode for it: rebuilt from its bytes.
            return self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                return self.save_reduced(obj, rv)
        if isinstance(obj, type) or t is _FunctionType or t is _BuiltinFunctionType:
            if not (t is _BuiltinFunctionType and getattr(obj, '__self__', None) is not None
                    and not isinstance(obj.__self__, _ModuleType)):
                return self.save_global(obj)
        reduce = getattr(self, 'dispatch_table', copyreg.dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            return self.save_global(obj)
        else:
            reduce = getattr(obj, '__reduce_ex__', None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is None:
                    raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
                rv = reduce()
        self.save_reduced(obj, rv)

    def save_reduced(self, obj, rv):
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 '
                                'elements')
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be '
                                'a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be '
                                'callable')
        save = self.save
        write = self._out.write
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError('args[0] from __newobj__ args is not a type')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # A recursive reduction: the object was pickled while pickling its own
                # arguments; take that one instead.
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self.batch_appends(listitems)
        if dictitems is not None:
            self.batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_long(self, obj):
        write = self._out.write
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    write(BININT1 + pack('<B', obj))
                elif 0 <= obj <= 0xffff:
                    write(BININT2 + pack('<H', obj))
                else:
                    write(BININT + pack('<i', obj))
            else:
                write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                write(LONG1 + pack('<B', n) + data)
            else:
                write(LONG4 + pack('<i', n) + data)
            return
        write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            header = SHORT_BINBYTES + pack('<B', n)
        elif n > 0xffffffff and self.proto >= 4:
            header = BINBYTES8 + pack('<Q', n)
        else:
            header = BINBYTES + pack('<I', n)
        self._out.write_large(header, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        self._out.write_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + pack('<B', n)
            elif n > 0xffffffff and self.proto >= 4:
                header = BINUNICODE8 + pack('<Q', n)
            else:
                header = BINUNICODE + pack('<I', n)
            self._out.write_large(header, encoded)
        else:
            text = (obj.replace('\\', '\\u005c').replace('\0', '\\u0000')
                    .replace('\n', '\\u000a').replace('\r', '\\u000d')
                    .replace('\x1a', '\\u001a'))
            self._out.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self._out.write
        n = len(obj)
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP * n + self.get(x[0]))
            else:
                write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write((POP_MARK if self.bin else POP * (n + 1)) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            self.batch_appends(obj, exact=True)

    def save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            self.batch_setitems(iter(obj.items()), exact=obj)

    def batch_appends(self, items, exact=False):
        save = self.save
        write = self._out.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        if exact:
            if len(items) == 1:
                save(items[0])
                write(APPEND)
                return
            total = 0
            while total < len(items):
                write(MARK)
                for x in items[total:total + _BATCHSIZE]:
                    save(x)
                total += _BATCHSIZE
                write(APPENDS)
            return
        it = iter(items)
        while True:
            first = next(it, _END)
            if first is _END:
                return
            second = next(it, _END)
            if second is _END:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            x = second
            while x is not _END:
                save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(it, _END)
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def batch_setitems(self, items, exact=None):
        save = self.save
        write = self._out.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        if exact is not None and len(exact) == 1:
            k, v = next(items)
            save(k)
            save(v)
            write(SETITEM)
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END and exact is None:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            n = 1
            x = second
            while x is not _END:
                save(x[0])
                save(x[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(items, _END)
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        write = self._out.write
        write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        size = len(items)
        for start in range(0, size, _BATCHSIZE):
            write(MARK)
            for x in items[start:start + _BATCHSIZE]:
                self.save(x)
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError('set changed size during iteration')

    def save_frozenset(self, obj):
        write = self._out.write
        write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if obj is _codecs_encode:
            # Protocols 0-2 write bytes as _codecs.encode(latin-1 text); pymem has no
            # `_codecs`, the unpickler maps the name back to this function.
            self._out.write(GLOBAL + b'_codecs\nencode\n')
            self.memoize(obj)
            return
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} "
                                f'failed') from None
        path = name.split('.')
        if '<locals>' in path:
            raise AttributeError(f"Can't pickle local object {name!r}")
        parent = None
        found = module
        try:
            for part in path:
                parent = found
                found = getattr(found, part)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f'{module_name} failed') from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f'{module_name}.{name}')
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        last = path[-1]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if module_name == 'builtins' and name in _PY2_EXCEPTIONS:
                    module_name = 'exceptions'
                else:
                    module_name = _PY2_MODULES.get(module_name, module_name)
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii')
                      + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' "
                                    f'using pickle protocol {self.proto}') from None
        self.memoize(obj)


def _raw_unicode_escape(text):
    # The 'raw_unicode_escape' codec: Latin-1 as is, other characters as \\uXXXX or
    # \\UXXXXXXXX.
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif o < 0x10000:
            out += b'\\u%04x' % o
        else:
            out += b'\\U%08x' % o
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n and data[i + 1] in (117, 85):
            width = 4 if data[i + 1] == 117 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, i + 2 + len(digits),
                                     'truncated \\uXXXX escape' if width == 4
                                     else 'truncated \\UXXXXXXXX escape')
        out.append(chr(c))
        i += 1
    return ''.join(out)


_END = object()
_FunctionType = type(encode_long)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__qualname__ = _codecs_encode.__name__ = 'encode'


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            found = module
            for part in name.split('.'):
                found = getattr(found, part)
            if found is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ----- loading ------------------------------------------------------------------------------

class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError(f'Unpickler.__init__() was not called by '
                                  f'{type(self).__name__}.__init__()')
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = _DISPATCH
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError('Ran out of input')
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError(f'invalid load key, {_key_repr(key)}.')
                handler(self)
        except _Stop as stop:
            return stop.value

    # ----- input ------------------------------------------------------------------------

    def read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError('pickle exhausted before end of frame')
            self._frame = None
        data = self._file_read(n)
        return data

    def read_exact(self, n):
        # An opcode's argument cut short (the opcode itself missing is EOFError, in load).
        data = self.read(n)
        if len(data) != n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        frame = self._frame
        if frame is not None:
            data = frame.readline()
            if data:
                if not data.endswith(b'\n'):
                    raise UnpicklingError('pickle exhausted before end of frame')
                return data
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return data

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def pop(self):
        if not self.stack:
            self.underflow()
        return self.stack.pop()

    def top(self):
        if not self.stack:
            self.underflow()
        return self.stack[-1]

    def underflow(self):
        # An empty stack above a MARK, or no stack at all.
        if self.metastack:
            raise UnpicklingError('unexpected MARK found')
        raise UnpicklingError('unpickling stack underflow')

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no '
                              'persistent_load function was specified.')

    def find_class(self, module, name):
        """The global `name` of `module` (a dotted name in protocol 4 and later)."""
        if self.proto < 3 and self.fix_imports:
            module = _PY3_MODULES.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        found = sys.modules[module]
        if self.proto >= 4:
            for part in name.split('.'):
                try:
                    found = getattr(found, part)
                except AttributeError:
                    raise AttributeError(f"Can't get attribute {name!r} on {found!r}") from None
            return found
        try:
            return getattr(found, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {found!r}") from None

    def memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {idx}') from None

    def decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)


def _key_repr(key):
    c = key[0]
    if 32 <= c < 127 and c not in (39, 92):
        return repr(chr(c))
    return f"'\\x{c:02x}'"


def _op(code):
    def register(f):
        _DISPATCH[code[0]] = f
        return f
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(u):
    proto = u.read_exact(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError(f'unsupported pickle protocol: {proto}')
    u.proto = proto


@_op(FRAME)
def _load_frame(u):
    size, = unpack('<Q', u.read_exact(8))
    if size > sys.maxsize:
        raise ValueError('frame size > sys.maxsize: %d' % size)
    data = u._file_read(size)
    if len(data) < size:
        raise UnpicklingError('pickle data was truncated')
    u._frame = io.BytesIO(data)


@_op(PERSID)
def _load_persid(u):
    try:
        pid = u.readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
    u.append(u.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(u):
    u.append(u.persistent_load(u.pop()))


@_op(NONE)
def _load_none(u):
    u.append(None)


@_op(NEWFALSE)
def _load_false(u):
    u.append(False)


@_op(NEWTRUE)
def _load_true(u):
    u.append(True)


@_op(INT)
def _load_int(u):
    data = u.readline()
    if data == b'I00\n'[1:]:
        value = False
    elif data == b'I01\n'[1:]:
        value = True
    else:
        try:
            value = int(data, 0)
        except ValueError:
            raise ValueError(f'invalid literal for int() with base 10: {data[:-1]!r}') from None
    u.append(value)


@_op(BININT)
def _load_binint(u):
    u.append(unpack('<i', u.read_exact(4))[0])


@_op(BININT1)
def _load_binint1(u):
    u.append(u.read_exact(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u.append(unpack('<H', u.read_exact(2))[0])


@_op(LONG)
def _load_long(u):
    data = u.readline()[:-1]
    if data.endswith(b'L'):
        data = data[:-1]
    u.append(int(data, 0))


@_op(LONG1)
def _load_long1(u):
    n = u.read_exact(1)[0]
    u.append(decode_long(u.read_exact(n)))


@_op(LONG4)
def _load_long4(u):
    n, = unpack('<i', u.read_exact(4))
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    u.append(decode_long(u.read_exact(n)))


@_op(FLOAT)
def _load_float(u):
    u.append(float(u.readline()[:-1]))


@_op(BINFLOAT)
def _load_binfloat(u):
    u.append(unpack('>d', u.read_exact(8))[0])


@_op(STRING)
def _load_string(u):
    data = u.readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    u.append(u.decode_string(_unescape(data)))


def _unescape(data):
    # The Python 2 string escapes repr() wrote (\\, \', \n, \t, \r, \xNN).
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('0'): 0}
    while i < len(data):
        c = data[i]
        if c == 92 and i + 1 < len(data):
            n = data[i + 1]
            if n == ord('x') and i + 3 < len(data):
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


@_op(BINSTRING)
def _load_binstring(u):
    n, = unpack('<i', u.read_exact(4))
    if n < 0:
        raise UnpicklingError('BINSTRING pickle has negative byte count')
    u.append(u.decode_string(u.read_exact(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u):
    n = u.read_exact(1)[0]
    u.append(u.decode_string(u.read_exact(n)))


@_op(BINBYTES)
def _load_binbytes(u):
    n, = unpack('<I', u.read_exact(4))
    if n > sys.maxsize:
        raise UnpicklingError('BINBYTES exceeds system\'s maximum size of %d bytes' % sys.maxsize)
    u.append(u.read_exact(n))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    u.append(u.read_exact(u.read_exact(1)[0]))


@_op(BINBYTES8)
def _load_binbytes8(u):
    n, = unpack('<Q', u.read_exact(8))
    u.append(u.read_exact(n))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    n, = unpack('<Q', u.read_exact(8))
    u.append(bytearray(u.read_exact(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* '
                              'argument was given')
    try:
        u.append(next(u._buffers))
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None


@_op(READONLY_BUFFER)
def _load_readonly_buffer(u):
    pass


@_op(UNICODE)
def _load_unicode(u):
    u.append(_raw_unicode_unescape(u.readline()[:-1]))


@_op(BINUNICODE)
def _load_binunicode(u):
    n, = unpack('<I', u.read_exact(4))
    u.append(str(u.read_exact(n), 'utf-8'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    n = u.read_exact(1)[0]
    u.append(str(u.read_exact(n), 'utf-8'))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    n, = unpack('<Q', u.read_exact(8))
    u.append(str(u.read_exact(n), 'utf-8'))


@_op(TUPLE)
def _load_tuple(u):
    items = u.pop_mark()
    u.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u.append(())


@_op(TUPLE1)
def _load_tuple1(u):
    u.stack[-1:] = [(u.top(),)]


@_op(TUPLE2)
def _load_tuple2(u):
    if len(u.stack) < 2:
        u.underflow()
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(u):
    if len(u.stack) < 3:
        u.underflow()
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u.append({})


@_op(EMPTY_SET)
def _load_empty_set(u):
    u.append(set())


@_op(FROZENSET)
def _load_frozenset(u):
    items = u.pop_mark()
    u.append(frozenset(items))


@_op(LIST)
def _load_list(u):
    items = u.pop_mark()
    u.append(items)


@_op(DICT)
def _load_dict(u):
    items = u.pop_mark()
    u.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError(f'in constructor for {klass.__name__}: {err}') from err
    else:
        value = klass.__new__(klass)
    u.append(value)


@_op(INST)
def _load_inst(u):
    module = u.readline()[:-1].decode('ascii')
    name = u.readline()[:-1].decode('ascii')
    klass = u.find_class(module, name)
    _instantiate(u, klass, u.pop_mark())


@_op(OBJ)
def _load_obj(u):
    args = u.pop_mark()
    if not args:
        raise UnpicklingError('unpickling stack underflow')
    cls = args.pop(0)
    _instantiate(u, cls, args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u.pop()
    cls = u.pop()
    if not isinstance(cls, type):
        raise UnpicklingError(f'NEWOBJ class argument isn\'t a type object')
    if not isinstance(args, tuple):
        raise UnpicklingError('NEWOBJ expected an arg tuple.')
    u.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u.pop()
    args = u.pop()
    cls = u.pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not "
                              f"{type(cls).__name__}")
    u.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(u):
    module = u.readline()[:-1].decode('utf-8')
    name = u.readline()[:-1].decode('utf-8')
    u.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u.pop()
    module = u.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    u.append(u.find_class(module, name))


def _load_ext(u, code):
    obj = copyreg._extension_cache.get(code, _END)
    if obj is not _END:
        u.append(obj)
        return
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError(f'unregistered extension code {code}')
    obj = u.find_class(*key)
    copyreg._extension_cache[code] = obj
    u.append(obj)


@_op(EXT1)
def _load_ext1(u):
    _load_ext(u, u.read_exact(1)[0])


@_op(EXT2)
def _load_ext2(u):
    _load_ext(u, unpack('<H', u.read_exact(2))[0])


@_op(EXT4)
def _load_ext4(u):
    _load_ext(u, unpack('<i', u.read_exact(4))[0])


@_op(REDUCE)
def _load_reduce(u):
    args = u.pop()
    func = u.pop()
    if not isinstance(args, tuple):
        raise UnpicklingError('REDUCE expected an arg tuple.')
    u.append(func(*args))


@_op(POP)
def _load_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(u):
    u.pop_mark()


@_op(DUP)
def _load_dup(u):
    u.append(u.top())


@_op(GET)
def _load_get(u):
    u.append(u.memo_get(int(u.readline()[:-1])))


@_op(BINGET)
def _load_binget(u):
    u.append(u.memo_get(u.read_exact(1)[0]))


@_op(LONG_BINGET)
def _load_long_binget(u):
    u.append(u.memo_get(unpack('<I', u.read_exact(4))[0]))


@_op(PUT)
def _load_put(u):
    idx = int(u.readline()[:-1])
    if idx < 0:
        raise ValueError('negative PUT argument')
    u.memo[idx] = u.top()


@_op(BINPUT)
def _load_binput(u):
    u.memo[u.read_exact(1)[0]] = u.top()


@_op(LONG_BINPUT)
def _load_long_binput(u):
    idx, = unpack('<I', u.read_exact(4))
    if idx > sys.maxsize:
        raise ValueError('negative LONG_BINPUT argument')
    u.memo[idx] = u.top()


@_op(MEMOIZE)
def _load_memoize(u):
    u.memo[len(u.memo)] = u.top()


@_op(APPEND)
def _load_append(u):
    value = u.pop()
    u.top().append(value)


def _add_all(u, exact, bulk, one):
    """APPENDS and ADDITEMS: the marked items into the object under the mark, at once for
    an exact list or set, else one by one through its `append`/`add`."""
    items = u.pop_mark()
    target = u.top()
    if type(target) is exact:
        getattr(target, bulk)(items)
        return
    add = getattr(target, one)
    for item in items:
        add(item)


@_op(APPENDS)
def _load_appends(u):
    _add_all(u, list, 'extend', 'append')


@_op(SETITEM)
def _load_setitem(u):
    value = u.pop()
    key = u.pop()
    u.top()[key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u.pop_mark()
    target = u.top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(u):
    _add_all(u, set, 'update', 'add')


@_op(BUILD)
def _load_build(u):
    state = u.pop()
    target = u.top()
    hook = getattr(target, '__setstate__', None)
    if hook is not None:
        hook(state)
        return
    # The default: a dict for the instance __dict__, or (dict, slot values).
    dict_part, slot_part = state if isinstance(state, tuple) and len(state) == 2 else (state, None)
    if dict_part:
        namespace = target.__dict__
        for name, value in dict_part.items():
            namespace[sys.intern(name) if type(name) is str else name] = value
    for name, value in (slot_part or {}).items():
        setattr(target, name, value)


@_op(MARK)
def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []
    u.append = u.stack.append


@_op(STOP)
def _load_stop(u):
    raise _Stop(u.pop())


# ----- shorthands ---------------------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read a pickle from the open binary file and return the object it holds."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object the pickle `data` holds."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


for _cls in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
    _cls.__module__ = '_pickle'
del _cls
