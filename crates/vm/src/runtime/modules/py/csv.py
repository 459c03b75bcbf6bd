# pymem's `csv` module: CPython splits it into the C `_csv` (reader, writer, dialect
# checks) and Lib/csv.py (Dialect classes, DictReader, DictWriter); both halves are here,
# with the C half's classes named as CPython names them (`_csv.reader`, `_csv.Error`).
# The reader is CPython's character state machine, fed one line at a time.

from io import StringIO

# CPython's list less `Sniffer` (not written yet).
__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'QUOTE_STRINGS', 'QUOTE_NOTNULL', 'Error', 'Dialect', '__doc__', 'excel',
           'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', '__version__',
           'DictReader', 'DictWriter', 'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = \
    range(6)

__version__ = '1.0'


class Error(Exception):
    __module__ = '_csv'


_field_limit = 128 * 1024
_dialects = {}

_OPTIONS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
            'quoting', 'skipinitialspace', 'strict')


def _char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect(object):
    """The checked formatting parameters of a reader or writer (`_csv.Dialect`)."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _OPTIONS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        delimiter = get('delimiter', ',')
        if delimiter is None:
            raise TypeError('"delimiter" must be string, not NoneType')
        self._delimiter = _char('delimiter', delimiter, False)
        self._doublequote = bool(get('doublequote', True))
        self._escapechar = _char('escapechar', get('escapechar', None), True)
        lineterminator = get('lineterminator', '\r\n')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string, not %s'
                            % type(lineterminator).__name__)
        self._lineterminator = lineterminator
        self._quotechar = _char('quotechar', get('quotechar', '"'), True)
        quoting = get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer, not %s' % type(quoting).__name__)
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        self._skipinitialspace = bool(get('skipinitialspace', False))
        self._strict = bool(get('strict', False))

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

# The end of a line handed to the state machine (not a character of the line).
_EOL = None


class Reader(object):
    """Rows (lists of str) from an iterable of lines (`_csv.reader`)."""

    __slots__ = ('_input', 'dialect', 'line_num', '_fields', '_field', '_state',
                 '_numeric', '__weakref__')

    def __init__(self, f, dialect='excel', **fmtparams):
        self._input = iter(f)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._fields = None

    def __iter__(self):
        return self

    def _save_field(self):
        field = self._field
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)
        self._field = ''

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field += c

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL and c is _EOL:
            return
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d._delimiter, d._quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need '
                            'to open the file in universal-newline mode?')

    def __next__(self):
        self._fields = []
        self._field = ''
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(x):
    """PyNumber_Check: ints, floats, complexes and whatever converts like them."""
    t = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(t, '__index__')
            or hasattr(t, '__float__') or hasattr(t, '__int__'))


class Writer(object):
    """Writes rows as delimited lines to a file-like object (`_csv.writer`)."""

    __slots__ = ('_write', 'dialect', '__weakref__')

    def __init__(self, f, dialect='excel', **fmtparams):
        write = getattr(f, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _Dialect(dialect, **fmtparams)

    def _field_text(self, text, quoted, out):
        d = self.dialect
        special = (d._delimiter, d._escapechar, d._quotechar)
        parts = []
        for c in text:
            want_escape = False
            if c in special or c in d._lineterminator:
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            parts.append(d._quotechar)
                        else:
                            want_escape = True
                    elif c == d._escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d._escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    parts.append(d._escapechar)
            parts.append(c)
        body = ''.join(parts)
        if quoted:
            if d._quotechar is None:
                raise Error('need to escape, but no escapechar set')
            body = d._quotechar + body + d._quotechar
        out.append(body)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            q = d._quoting
            if q == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif q == QUOTE_ALL:
                quoted = True
            elif q == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif q == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            self._field_text(text, quoted, out)
            count += 1
        if count == 1 and out[0] == '':
            if d._quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d._quotechar * 2
        return self._write(d._delimiter.join(out) + d._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    """A reader of the rows in the lines of `csvfile`."""
    return Reader(csvfile, dialect, **fmtparams)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of rows to the file-like `csvfile`."""
    return Writer(csvfile, dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect (an object with the attributes, or keywords) under `name`."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Forget the dialect `name`."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """The dialect registered as `name`."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, set it (returns the old)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """The formatting parameters of a CSV flavour, as class attributes."""

    _name = ''
    _valid = False
    # Unset in the base class; concrete dialects fill them in.
    delimiter = quotechar = escapechar = lineterminator = None
    doublequote = skipinitialspace = quoting = None

    def __init__(self):
        # Only subclasses describe a real dialect; the base class is checked all the same.
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # The native dialect type does the checking; its TypeError becomes csv.Error.
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem)) from None


class excel(Dialect):
    """Excel's CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """Excel's tab-delimited files."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """CSV files as Unix tools write them: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


def _reusable(names):
    # Field names are read for every row, so a one-shot iterator is turned into a list.
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    """Rows as dicts keyed by the field names (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = _reusable(fieldnames)
        self.restkey, self.restval = restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0  # 0 until the header has been looked at

    def _get_fieldnames(self):
        # Without names given, the first row supplies them (None for an empty file).
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_fieldnames(self, value):
        self._fieldnames = value

    fieldnames = property(_get_fieldnames, _set_fieldnames)
    del _get_fieldnames, _set_fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        if not self.line_num:
            self.fieldnames  # consumes the header row before the first record
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines are skipped, not returned as empty records.
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        surplus = len(row) - len(names)
        if surplus > 0:
            # Values beyond the names are gathered, as a list, under `restkey`.
            record[self.restkey] = row[len(names):]
        elif surplus < 0:
            # Names beyond the values get `restval`.
            for missing in names[len(row):]:
                record[missing] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = _reusable(fieldnames)
        self.restval = restval
        # Case-insensitive: kept (and reported) in lower case.
        mode = extrasaction.lower()
        if mode != 'raise' and mode != 'ignore':
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % mode)
        self.extrasaction = mode
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        # The header is a row whose every value is its own field name.
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        names = self.fieldnames
        if self.extrasaction == 'raise':
            unknown = [repr(key) for key in rowdict if key not in names]
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(unknown))
        fill = self.restval
        return (rowdict.get(name, fill) for name in names)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        # Converted one at a time, as the writer asks for the next row.
        return self.writer.writerows(self._dict_to_list(row) for row in rowdicts)
