# pymem's frozen `logging` module: a condensed port of CPython 3.12's Lib/logging/__init__.py,
# executed on `import logging` (crates/vm/src/runtime/modules/frozen.rs embeds it).
#
# Same public behaviour for what it covers: levels and level names, the logger hierarchy by
# dotted names with propagation to the root, Formatter (%- and {-style), Filter, Handler,
# StreamHandler, FileHandler, NullHandler, the last-resort handler, basicConfig and the
# module-level shortcuts. Native helpers (time, the pid, traceback text) come from `_logging`.
#
# Deviations: no threads or locks (pymem is single-threaded); stack_info=True shows no
# carets under the lines; no logging.config / logging.handlers submodules. The caller's position (funcName, lineno,
# pathname) comes from the line of the call it is making (crates/vm/src/runtime/callsite.rs).

import sys
import time
import weakref
import _logging

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler', 'Filter',
           'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter',
           'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName',
           'basicConfig', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'info', 'log', 'shutdown', 'warn', 'warning',
           'getLevelNamesMapping', 'lastResort', 'raiseExceptions', 'root']

_startTime = time.time()
_builtin_function = type(len)

# Frames running code of this file are logging's own: findCaller skips them.
_srcfile = "<frozen logging>"

# If True, errors raised while emitting a record are reported on stderr
# ("--- Logging error ---"); if False they are ignored.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN, FATAL = WARNING, CRITICAL

# Name -> number, in the order getLevelNamesMapping() reports; the aliases FATAL and WARN
# resolve by name but are never the name a number maps back to.
_nameToLevel = {}
for _name, _number in (('CRITICAL', 50), ('FATAL', 50), ('ERROR', 40), ('WARN', 30),
                       ('WARNING', 30), ('INFO', 20), ('DEBUG', 10), ('NOTSET', 0)):
    _nameToLevel[_name] = _number
_levelToName = {}
for _name, _number in _nameToLevel.items():
    if _name not in ('FATAL', 'WARN'):
        _levelToName[_number] = _name
del _name, _number


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, the number of a level name, else "Level %s"."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    number = _nameToLevel.get(level)
    if number is None:
        raise ValueError("Unknown level: %r" % level)
    return number


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


class LogRecord(object):
    """One logged event: everything a Formatter can refer to as %(name)s."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # A sole non-empty mapping argument: "a %(a)d" % {'a': 1}.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        filename = pathname
        if '/' in filename:
            filename = filename.rsplit('/', 1)[1]
        self.filename = filename
        if '.' in filename:
            self.module = filename.rsplit('.', 1)[0]
        else:
            self.module = filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = _logging.thread_ident()
            self.threadName = 'MainThread'
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
        else:
            self.processName = None
        if logProcesses:
            self.process = _logging.getpid()
        else:
            self.process = None
        self.taskName = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                      self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in (only now: logging formats lazily)."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for k in dict:
        setattr(rv, k, dict[k])
    return rv


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def _fields(self, record):
        # `defaults` only fill in what the record itself lacks.
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        # At least one %(field) must be there.
        if '%(' not in self._fmt:
            style = self.default_format[0]
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, style))


class StrFormatStyle(PercentStyle):
    # str.format fields; '{asctime' also finds '{asctime:...}'.
    default_format = '{message}'
    asctime_format, asctime_search = '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        if '{' not in self._fmt:
            raise ValueError('invalid format: no fields')


def _template_substitute(fmt, values):
    """string.Template(fmt).substitute(values): $name, ${name} and $$."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        nxt = fmt[i + 1]
        if nxt == '$':
            out.append('$')
            i += 2
        elif nxt == '{':
            j = fmt.find('}', i + 2)
            if j < 0:
                raise ValueError('Invalid placeholder in string')
            out.append(str(values[fmt[i + 2:j]]))
            i = j + 1
        elif nxt.isalpha() or nxt == '_':
            j = i + 1
            while j < n and (fmt[j].isalnum() or fmt[j] == '_'):
                j += 1
            out.append(str(values[fmt[i + 1:j]]))
            i = j
        else:
            raise ValueError('Invalid placeholder in string')
    return ''.join(out)


class StringTemplateStyle(PercentStyle):
    # string.Template's $-fields: the message alone by default.
    default_format = '${message}'
    asctime_format = asctime_search = '${asctime}'

    def _format(self, record):
        return _template_substitute(self._fmt, self._fields(record))

    def validate(self):
        if '$' not in self._fmt:
            raise ValueError('invalid format: no fields')

    def usesTime(self):
        # Both spellings of the placeholder count: $asctime and ${asctime}.
        return '$asctime' in self._fmt or self.asctime_search in self._fmt


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses when given none)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT)}
_STYLES['{'] = (StrFormatStyle, '{levelname}:{name}:{message}')
_STYLES['$'] = (StringTemplateStyle, '${levelname}:${name}:${message}')


class Formatter(object):
    """Turns a LogRecord into text: fmt % record.__dict__, plus the traceback if any."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    converter = time.localtime

    def _convert(self, secs):
        # CPython's built-in functions do not bind as methods (`converter = time.gmtime`
        # in a subclass); pymem's do, so call a class-level built-in converter unbound.
        conv = type(self).converter
        if isinstance(conv, _builtin_function) and 'converter' not in self.__dict__:
            return conv(secs)
        return self.converter(secs)

    def formatTime(self, record, datefmt=None):
        when = self._convert(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        # The default time has no sub-second field; milliseconds are appended by hand.
        msec_format = self.default_msec_format
        return msec_format % (text, record.msecs) if msec_format else text

    def formatException(self, ei):
        text = _logging.format_exception(ei[1])
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def usesTime(self):
        return self._style.usesTime()

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is kept on the record: every handler formatting it reuses it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        tails = []
        if record.exc_text:
            tails.append(record.exc_text)
        if record.stack_info:
            tails.append(self.formatStack(record.stack_info))
        for tail in tails:
            if not text.endswith("\n"):
                text += "\n"
            text += tail
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(record) for record in records)
        pieces.append(self.formatFooter(records))
        return "".join(pieces)


class Filter(object):
    """Passes records of the logger `name` and its children (all records if name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        mine, theirs = self.name, record.name
        if not self.nlen or theirs == mine:
            return True
        # A descendant's name is ours followed by a dot.
        return theirs.startswith(mine) and theirs[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """What loggers and handlers share: a list of filters, each a Filter-like object
    (with .filter) or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        # Each filter is kept once.
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        # False as soon as one filter rejects the record; a filter may also hand back a
        # replacement record, which the next filters (and the caller) get instead.
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


_handlers = {}
# Weak references to every handler, so that shutdown() (run at exit) can flush and close the
# ones still alive without keeping any alive.
_handlerList = []


def _removeHandlerRef(wr):
    try:
        _handlerList.remove(wr)
    except ValueError:
        pass


def _addHandlerRef(handler):
    _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Base class of handlers: level, formatter, filters; subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)

    # A named handler is listed in _handlers under its name (renaming moves it).
    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        # Emits the record (or the replacement a filter made) unless a filter refused
        # it; returns what the filters returned.
        passed = self.filter(record)
        if passed:
            self.emit(passed if isinstance(passed, LogRecord) else record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            e = sys.exception()
            sys.stderr.write('--- Logging error ---\n')
            if e is not None:
                sys.stderr.write(_logging.format_exception(e))
            sys.stderr.write('Call stack:\n')
            sys.stderr.write('Logged from file %s, line %s\n' % (record.filename,
                                                                  record.lineno))
            try:
                sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except Exception:
                sys.stderr.write('Unable to print the message and arguments'
                                 ' - possible formatting error.\nUse the'
                                 ' traceback above to help find the error.\n')

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


def _flush_stream(stream):
    if stream and hasattr(stream, "flush"):
        stream.flush()


class StreamHandler(Handler):
    """Writes formatted records, one per line, to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        _flush_stream(self.stream)

    def emit(self, record):
        # A failure to format or write is reported by handleError (a too deep recursion
        # is not caught).
        try:
            text = self.format(record) + self.terminator
            self.stream.write(text)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        # Returns the stream replaced, or None when it is the same one.
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        stream = self.stream
        label = getattr(stream, 'name', '')
        if label is sys.stderr or stream is sys.stderr:
            label = '<stderr>'
        elif stream is sys.stdout:
            label = '<stdout>'
        label = str(label)
        return '<%s %s(%s)>' % (self.__class__.__name__, label + ' ' if label else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (mode 'a' by default)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode, self.encoding, self.errors = mode, encoding, errors
        self.delay = delay
        self._builtin_open = open
        # With delay the file is opened by the first record emitted.
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None

    def close(self):
        # The file is flushed, then closed even when the flush fails; the handler is
        # closed (and unlisted) in any case.
        stream = self.stream
        try:
            if stream:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    if hasattr(stream, "close"):
                        stream.close()
        finally:
            StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode)

    def flush(self):
        _flush_stream(self.stream)

    def emit(self, record):
        # Opened lazily (delay=True) or again after close(), except that a closed 'w' file
        # stays closed so as not to truncate what it already holds.
        reopen = self.mode != 'w' or not self._closed
        if self.stream is None and reopen:
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: writes to the *current* sys.stderr, bare messages, WARNING and up."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    def _get_stream(self):
        return sys.stderr

    def _set_stream(self, value):
        pass

    stream = property(_get_stream, _set_stream)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name nobody asked for yet ("a" of "a.b")."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the logger hierarchy: one Logger per dotted name, parents fixed up as they come."""

    def __init__(self, rootnode):
        self.loggerDict = {}
        self.root = rootnode
        self.loggerClass = None
        self.logRecordFactory = None
        self.disable = 0
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        known = self.loggerDict.get(name)
        if known is not None and not isinstance(known, PlaceHolder):
            return known
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if known is not None:
            # Loggers created earlier below this name now hang from it.
            self._fixupChildren(known, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def _fixupParents(self, alogger):
        # Walk the dotted prefixes from the longest: the first real Logger is the parent;
        # prefixes passed on the way remember `alogger` for when they become loggers.
        full = alogger.name
        parent = None
        cut = full.rfind(".")
        while parent is None and cut > 0:
            node = self.loggerDict.get(full[:cut])
            if node is None:
                self.loggerDict[full[:cut]] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            cut = full.rfind(".", 0, cut - 1)
        alogger.parent = self.root if parent is None else parent

    def _fixupChildren(self, ph, alogger):
        prefix = alogger.name
        for child in ph.loggerMap:
            # Only children whose current parent sits above the new logger move under it.
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel: level, handlers, and propagation to its parent's handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.parent = None
        self.handlers = []
        self.level = _checkLevel(level)
        self.disabled = False
        self.propagate = True

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def _log_at(self, level, msg, args, kwargs):
        # Shared by the per-level methods; findCaller skips this module's frames.
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._log_at(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._log_at(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._log_at(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._log_at(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._log_at(CRITICAL, msg, args, kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            self._log_at(level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, None) of the frame that logged: `stacklevel` frames
        out from this one, not counting frames of the logging module itself."""
        frames = _logging.caller_stack()
        if not frames:
            return "(unknown file)", 0, "(unknown function)", None
        i = 0
        while stacklevel > 0:
            if i + 1 >= len(frames):
                break
            i += 1
            if frames[i][0] != _srcfile:
                stacklevel -= 1
        filename, lineno, func = frames[i]
        sinfo = None
        if stack_info:
            # traceback.print_stack of the caller's frame: outermost first.
            lines = ["Stack (most recent call last):\n"]
            for fn, ln, name in reversed(frames[i:]):
                lines.append('  File "%s", line %d, in %s\n' % (fn, ln, name))
                text = _logging.source_line(fn, ln)
                if text:
                    lines.append('    %s\n' % text)
            sinfo = ''.join(lines)
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return filename, lineno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is None:
            return record
        fields = record.__dict__
        for key in extra:
            # `message` and `asctime` are set by the Formatter later, so they are taken too.
            if key in fields or key in ("message", "asctime"):
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        # exc_info may be an exception, a (type, value, tb) triple, or any true value
        # meaning "the exception being handled now".
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func,
                                    extra, sinfo))

    def handle(self, record):
        if self.disabled:
            return
        # A filter may hand back a replacement record instead of True.
        verdict = self.filter(record)
        if verdict:
            self.callHandlers(verdict if isinstance(verdict, LogRecord) else record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        """Handlers of this logger and its ancestors (until one has propagate False);
        the last-resort handler when none was found."""
        handlers_seen = 0
        node = self
        while node:
            handlers_seen += len(node.handlers)
            for handler in node.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if handlers_seen:
            return
        if lastResort:
            if lastResort.level <= record.levelno:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            # Said once per manager, when even the last resort was switched off.
            self.manager.emittedNoHandlerWarning = True
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)

    def getEffectiveLevel(self):
        # The first explicitly set level on the way up to the root.
        node = self
        while node and not node.level:
            node = node.parent
        return node.level if node else NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is self:
            return self.manager.getLogger(suffix)
        return self.manager.getLogger('.'.join([self.name, suffix]))

    def getChildren(self):
        d = self.manager.loggerDict
        if self is self.root:
            return set([item for name, item in d.items()
                        if isinstance(item, Logger) and '.' not in name])
        prefix = self.name + '.'
        n = len(prefix)
        return set([item for name, item in d.items()
                    if isinstance(item, Logger) and name[:n] == prefix
                    and '.' not in name[n:]])

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Adds `extra` context to every call on a logger."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        # process() may rewrite both the message and the keyword arguments.
        new_msg, new_kwargs = self.process(msg, kwargs)
        self.logger.log(level, new_msg, *args, **new_kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (self.__class__.__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def basicConfig(**kwargs):
    """Configure the root logger once: a StreamHandler (or FileHandler) with a Formatter.
    Does nothing if the root logger already has handlers, unless force=True."""
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if kwargs.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    destinations = [key for key in ("stream", "filename") if key in kwargs]
    if handlers is not None:
        if destinations:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
    elif len(destinations) == 2:
        raise ValueError("'stream' and 'filename' should not be specified together")
    else:
        filename = kwargs.pop("filename", None)
        filemode = kwargs.pop("filemode", 'a')
        if filename:
            handlers = [FileHandler(filename, filemode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
    for handler in handlers:
        # Handlers passed in with their own formatter keep it.
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger of this dotted name (the same object every time); the root without one."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level


def shutdown(handlerList=_handlerList):
    """Flush and close every handler still alive (registered with atexit, as in CPython)."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
        except RecursionError:
            raise
        except Exception:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


def captureWarnings(capture):
    pass
