# pymem's frozen `pprint` module: pprint, pformat, pp, saferepr, isreadable, isrecursive and
# PrettyPrinter, laying containers out exactly as CPython 3.12 does.
#
# The layout rule: an object whose one-line repr fits in what is left of the line is written
# as that repr. One that does not is broken up, if its type's repr is one pprint knows
# (dict, list, tuple, set, frozenset, str, bytes, bytearray, dataclasses, mappingproxy,
# SimpleNamespace and the collections types): one item per line, each item laid out by the
# same rule with the room that is left ("allowance" is the room the closing brackets and
# commas after an item will need on its last line). Strings wrap at whitespace into adjacent
# literals. Containers already being written are shown as `<Recursion on T with id=N>`;
# past `depth` levels, as `[...]`, `{...}`, `(...)`.

import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter',
           'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty layout of `object` and a newline to `stream` (sys.stdout)."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    PrettyPrinter(stream=stream, **options).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty layout of `object`, as a string."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return PrettyPrinter(**options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dicts in insertion order unless told otherwise."""
    return pprint(object, *args, **kwargs, sort_dicts=sort_dicts)


def _one_line(object):
    # (text, readable, recursive) for the one-line form, with no depth limit.
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that writes a container met again inside itself as a recursion marker."""
    text, _, _ = _one_line(object)
    return text


def isreadable(object):
    """Whether eval() of saferepr(object) would rebuild an equal value."""
    _, readable, _ = _one_line(object)
    return readable


def isrecursive(object):
    """Whether `object` contains itself."""
    _, _, recursive = _one_line(object)
    return recursive


def _fallback_order(value):
    # Values that `<` cannot compare are grouped by type name, then by address.
    return str(type(value)), id(value)


class _SortKey:
    """Orders values of any types: by value where `<` works, else by (type name, id), so
    sorting mixed dict keys or set members never fails."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return _fallback_order(mine) < _fallback_order(theirs)


def _item_key(pair):
    return (_SortKey(pair[0]), _SortKey(pair[1]))


def _recursion_marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


# Types whose repr is always eval()-able and never recursive.
_PLAIN_TYPES = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _bytes_chunks(data, width, allowance):
    """Reprs of runs of `data`, split at multiples of 4 bytes, each fitting in `width`
    (the last one leaves `allowance` more)."""
    chunks = []
    current = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        joined = current + piece
        if start == last_start:
            width -= allowance
        if len(repr(joined)) > width:
            if current:
                chunks.append(repr(current))
            current = piece
        else:
            current = joined
    if current:
        chunks.append(repr(current))
    return chunks


def _words_with_spaces(line):
    """`line` cut after each run of whitespace: 'a  b c' -> ['a  ', 'b ', 'c']."""
    pieces = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
        start = i
    return pieces


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        # Checked in this order, so the first bad argument is the one reported.
        problems = ((indent < 0, 'indent must be >= 0'),
                    (depth is not None and depth <= 0, 'depth must be > 0'),
                    (width == 0, 'width must be != 0'))
        for bad, message in problems:
            if bad:
                raise ValueError(message)
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # --- the public methods ---

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        # The hook subclasses override: (one-line text, readable, recursive).
        return self._safe_repr(object, context, maxlevels, level)

    # --- laying out ---

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            writer = self._dispatch.get(type(object).__repr__)
            if writer is not None:
                context[key] = 1
                writer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if self._is_plain_dataclass(object):
                context[key] = 1
                self._write_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_plain_dataclass(object):
        """A dataclass instance whose repr is the one @dataclass generated."""
        if isinstance(object, type) or not hasattr(type(object), '__dataclass_fields__'):
            return False
        params = getattr(object, '__dataclass_params__', None)
        if params is None or not params.repr:
            return False
        inner = getattr(object.__repr__, '__wrapped__', None)
        return inner is not None and '__create_fn__' in getattr(inner, '__qualname__', '')

    def _write_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        fields = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object)
                  if f.repr]
        stream.write(name + '(')
        self._write_keywords(fields, stream, indent + len(name) + 1, allowance, context,
                             level)
        stream.write(')')

    def _write_keywords(self, pairs, stream, indent, allowance, context, level):
        """`name=value` lines (dataclasses and namespaces); a value already being written
        shows as `...`."""
        pairs = list(pairs)
        separator = ',\n' + ' ' * indent
        for i, (name, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            stream.write(name)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _write_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_item_key)
            else:
                pairs = object.items()
            self._write_pairs(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        """`key: value` lines of a mapping; each value is laid out in the room after its
        key."""
        pairs = list(pairs)
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        for i, (k, v) in enumerate(pairs):
            last = i == len(pairs) - 1
            key_text = self._repr(k, context, level)
            stream.write(key_text)
            stream.write(': ')
            self._format(v, stream, indent + len(key_text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(separator)

    def _write_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._write_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _write_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        closing = ',)' if len(object) == 1 else ')'
        self._write_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _write_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write('{')
            closing = '}'
        else:
            stream.write(cls.__name__ + '({')
            closing = '})'
            indent += len(cls.__name__) + 1
        members = sorted(object, key=_SortKey)
        self._write_items(members, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _write_items(self, items, stream, indent, allowance, context, level):
        """The items of a sequence, one per line, or (compact) as many per line as fit."""
        items = list(items)
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        separator = ''
        room = full_room = self._width - indent + 1
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _write_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # Alone at the top: the pieces go in parentheses.
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        for li, line in enumerate(lines):
            text = repr(line)
            last_line = li == len(lines) - 1
            line_room = room - allowance if last_line else room
            if len(text) <= line_room:
                pieces.append(text)
                continue
            words = _words_with_spaces(line)
            word_room = room
            current = ''
            for wi, word in enumerate(words):
                joined = current + word
                if last_line and wi == len(words) - 1:
                    word_room -= allowance
                if len(repr(joined)) > word_room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = joined
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _write_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    def _write_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._write_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                          level + 1)
        stream.write(')')

    def _write_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _write_namespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        stream.write(name + '(')
        self._write_keywords(object.__dict__.items(), stream, indent + len(name) + 1,
                             allowance, context, level)
        stream.write(')')

    def _write_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _write_defaultdict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._write_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _write_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._write_pairs(object.most_common(), stream, indent + len(name) + 1,
                          allowance + 2, context, level)
        stream.write('})')

    def _write_chainmap(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        *inner, outermost = object.maps
        for mapping in inner:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(outermost, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _write_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._write_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._write_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _write_wrapped(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the object they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # --- one-line reprs ---

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object, containers expanded by hand so that
        recursion and depth are caught."""
        cls = type(object)
        if cls in _PLAIN_TYPES:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_item_key)
            return self._safe_join(object, '{%s}', pairs, True, context, maxlevels, level)
        if issubclass(cls, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._safe_join(object, '[%s]', object, False, context, maxlevels, level)
        if issubclass(cls, tuple) and own_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_join(object, shape, object, False, context, maxlevels, level)
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False

    def _safe_join(self, object, shape, entries, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for entry in entries:
            if pairs:
                k_text, k_readable, k_rec = self.format(entry[0], context, maxlevels, level)
                v_text, v_readable, v_rec = self.format(entry[1], context, maxlevels, level)
                parts.append('%s: %s' % (k_text, v_text))
                readable = readable and k_readable and v_readable
                recursive = recursive or k_rec or v_rec
            else:
                text, item_readable, item_rec = self.format(entry, context, maxlevels, level)
                parts.append(text)
                readable = readable and item_readable
                recursive = recursive or item_rec
        del context[key]
        return shape % ', '.join(parts), readable, recursive

    # Keyed by the `__repr__` a type uses; subclasses may add their own writers (CPython
    # names this table `_dispatch`).
    _writers = {}
    _dispatch = _writers


def _register_writers():
    w = PrettyPrinter._writers
    w[dict.__repr__] = PrettyPrinter._write_dict
    w[list.__repr__] = PrettyPrinter._write_list
    w[tuple.__repr__] = PrettyPrinter._write_tuple
    w[set.__repr__] = PrettyPrinter._write_set
    w[frozenset.__repr__] = PrettyPrinter._write_set
    w[str.__repr__] = PrettyPrinter._write_str
    w[bytes.__repr__] = PrettyPrinter._write_bytes
    w[bytearray.__repr__] = PrettyPrinter._write_bytearray
    w[_types.MappingProxyType.__repr__] = PrettyPrinter._write_mappingproxy
    w[_types.SimpleNamespace.__repr__] = PrettyPrinter._write_namespace
    try:
        import collections
    except ImportError:
        return
    for cls_name, writer in (('OrderedDict', PrettyPrinter._write_ordered_dict),
                             ('defaultdict', PrettyPrinter._write_defaultdict),
                             ('Counter', PrettyPrinter._write_counter),
                             ('ChainMap', PrettyPrinter._write_chainmap),
                             ('deque', PrettyPrinter._write_deque),
                             ('UserDict', PrettyPrinter._write_wrapped),
                             ('UserList', PrettyPrinter._write_wrapped),
                             ('UserString', PrettyPrinter._write_wrapped)):
        cls = getattr(collections, cls_name, None)
        if cls is not None:
            w[cls.__repr__] = writer


_register_writers()
