# pymem's frozen `warnings` module: warn / warn_explicit with CPython 3.12's filters
# (actions default, error, ignore, always, module, once; the default filter list),
# per-module registries ("once per location"), the `file:line: Category: message` report
# with its source line on stderr, showwarning/formatwarning hooks, and catch_warnings.
#
# The caller's position comes from the interpreter's call-site table (`_logging`), as
# logging's does. pymem has no `re`: filter patterns support literal text with `.`,
# escapes (`\.`, `\d`, `\w`, `\s`, `\Z`), the quantifiers `*`, `+`, `?` and the anchors
# `^`/`$`; other regular-expression syntax raises NotImplementedError when the filter is
# added.

import sys
import _logging

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern:
    """A filter's message or module pattern: `match(text)` anchors at the start, as
    re.Pattern.match does. Shown as CPython shows the compiled pattern."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self._atoms = _parse_pattern(pattern)

    def __repr__(self):
        if self.ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.ignorecase == other.ignorecase)

    def __hash__(self):
        return hash((self.pattern, self.ignorecase))

    def match(self, text):
        if self.ignorecase:
            text = text.lower()
        return _match_here(self._atoms, 0, text, 0)


def _parse_pattern(pattern):
    """The pattern as a list of (kind, value, quantifier) atoms."""
    atoms = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == '\\':
            if i + 1 >= n:
                raise NotImplementedError('bad escape (end of pattern)')
            e = pattern[i + 1]
            i += 2
            if e == 'Z':
                atoms.append(('end', None, ''))
                continue
            if e in 'dws':
                atom = ('class', e)
            elif e.isalnum():
                raise NotImplementedError("pymem's warnings filters do not support \\%s" % e)
            else:
                atom = ('char', e)
        elif c == '.':
            atom = ('any', None)
            i += 1
        elif c == '^' and i == 0:
            i += 1
            continue
        elif c == '$':
            atoms.append(('dollar', None, ''))
            i += 1
            continue
        elif c in '[](){}|*+?':
            raise NotImplementedError("pymem's warnings filters support only simple patterns, "
                                      "not %r" % (pattern,))
        else:
            atom = ('char', c)
            i += 1
        quant = ''
        if i < n and pattern[i] in '*+?':
            quant = pattern[i]
            i += 1
        atoms.append((atom[0], atom[1], quant))
    return atoms


def _atom_matches(kind, value, ch):
    if kind == 'any':
        return ch != '\n'
    if kind == 'char':
        return ch == value or ch == value.lower()
    if value == 'd':
        return ch.isdigit()
    if value == 'w':
        return ch.isalnum() or ch == '_'
    return ch.isspace()


def _match_here(atoms, k, text, i):
    while k < len(atoms):
        kind, value, quant = atoms[k]
        if kind == 'end':
            return i == len(text)
        if kind == 'dollar':
            if not (i == len(text) or (i == len(text) - 1 and text[i] == '\n')):
                return False
            k += 1
            continue
        if quant == '':
            if i < len(text) and _atom_matches(kind, value, text[i]):
                i += 1
                k += 1
                continue
            return False
        # Greedy repetition with backtracking.
        j = i
        limit = 1 if quant == '?' else len(text)
        while j < len(text) and j - i < limit and _atom_matches(kind, value, text[j]):
            j += 1
        low = i + 1 if quant == '+' else i
        while j >= low:
            if _match_here(atoms, k + 1, text, j):
                return True
            j -= 1
        return False
    return True


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        values = (message, category, filename, lineno, file, line, source)
        for field, value in zip(self._WARNING_DETAILS, values):
            setattr(self, field, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        return _logging.source_line(filename, lineno)
    except Exception:
        return None


def _formatwarning_orig(message, category, filename, lineno, line=None):
    """The standard report: 'file:line: Category: message', then the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                              line=line))


formatwarning = _formatwarning_orig


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    report = f'{msg.filename}:{msg.lineno}: {kind}: {msg.message}\n'
    # The source line is read from the file unless the caller gave one ('' for none).
    source = msg.line if msg.line is not None else _source_line(msg.filename, msg.lineno)
    if source:
        report += '  ' + source.strip() + '\n'
    if msg.source is not None:
        report += _allocation_note(kind, msg.source)
    return report


def _allocation_note(kind, obj):
    # Where the object the warning is about was allocated, when tracemalloc knows; a hint
    # to turn tracemalloc on when it is off.
    import tracemalloc
    if not tracemalloc.is_tracing():
        return f'{kind}: Enable tracemalloc to get the object allocation traceback\n'
    try:
        tb = tracemalloc.get_object_traceback(obj)
    except Exception:
        tb = None
    if tb is None:
        return ''
    lines = ['Object allocated at (most recent call last):\n']
    for frame in tb:
        lines.append(f'  File "{frame.filename}", lineno {frame.lineno}\n')
        text = _source_line(frame.filename, frame.lineno)
        if text:
            lines.append('    ' + text.strip() + '\n')
    return ''.join(lines)


def _formatwarnmsg(msg):
    """Format a warning through a user-replaced formatwarning() if there is one."""
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return  # no stderr to write to: the warning is dropped
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass  # a closed or broken stream drops the warning too


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    """Write the report of one warning to `file` (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file=file,
                                     line=line))


showwarning = _showwarning_orig


def _showwarnmsg(msg):
    """Show a warning through a user-replaced showwarning() if there is one."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _show_impl(msg)


def _show_impl(msg):
    # catch_warnings(record=True) replaces this with its log's append.
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter (first in line unless `append`): `message` and `module` are regular
    expressions matched at the start of the text."""
    _check_action(action)
    _check(isinstance(message, str), 'message must be a string')
    _check(isinstance(category, type), 'category must be a class')
    _check(issubclass(category, Warning), 'category must be a Warning subclass')
    _check(isinstance(module, str), 'module must be a string')
    _check_lineno(lineno)
    message_re = _Pattern(message, True) if message else None
    module_re = _Pattern(module, False) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front): any
    message, any module."""
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


# The filter functions' argument checks fail with AssertionError, as CPython's asserts do.

def _check(ok, message):
    if not ok:
        raise AssertionError(message)


def _check_action(action):
    _check(action in _ACTIONS, 'invalid action: %r' % (action,))


def _check_lineno(lineno):
    _check(isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0')


def _add_filter(*item, append):
    # An equal filter already listed moves to the front, or stays put when appending.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (each warning then takes the default action)."""
    filters[:] = []
    _filters_mutated()


_filters_version = 0


def _filters_mutated():
    # Registries remember what they showed under one version of the filters.
    global _filters_version
    _filters_version += 1


def _module_of(filename):
    """The module name and globals dict of the code in `filename` (for filters and the
    per-module registry)."""
    for name, mod in list(sys.modules.items()):
        if getattr(mod, '__file__', None) == filename:
            return name, mod.__dict__
    if filename.startswith('<frozen ') and filename.endswith('>'):
        name = filename[8:-1]
        mod = sys.modules.get(name)
        return name, (mod.__dict__ if mod is not None else None)
    main = sys.modules.get('__main__')
    if filename == '<string>' and main is not None and not hasattr(main, '__file__'):
        # `pymem -c CODE`: the code is __main__'s.
        return '__main__', main.__dict__
    return '<string>', None


_registries = {}


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Report `message`, ignore it or raise it, as the first matching filter says; the
    location blamed is `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs.')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    # Entry 0 is this function's own frame; entry `stacklevel` is the one to blame.
    stack = _logging.caller_stack()
    level = stacklevel
    frames = [f for f in stack[1:] if not f[0].startswith(skip_file_prefixes)] \
        if skip_file_prefixes else stack[1:]
    if level < 1:
        level = 1
    if level > len(frames):
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
        module = "sys"
    else:
        filename, lineno, _ = frames[level - 1]
        module, globals_ = _module_of(filename)
    if globals_ is None:
        registry = _registries.setdefault(filename, {})
    else:
        registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings: the position is given, not looked up."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    # The registry key holds the text; the warning shown or raised is an instance.
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None:
        # A registry remembers what it showed under one version of the filters.
        if registry.get('version', None) != _filters_version:
            registry.clear()
            registry['version'] = _filters_version
        if registry.get(key):
            return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        # As CPython's C implementation: every action but "always" records the location;
        # "once" and "module" also record (text, category), in the module's registry
        # ("once" in the global one when there is no registry).
        if registry is not None:
            registry[key] = True
        if action == "once" or action == "module":
            target = registry
            if action == "once" and target is None:
                target = onceregistry
            if target is not None:
                if target.get('version', None) != _filters_version:
                    target.clear()
                    target['version'] = _filters_version
                altkey = (text, category)
                if target.get(altkey):
                    return
                target[altkey] = True
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings filter and the
    showwarning() function; with record=True it returns the list warnings are recorded
    in instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._module = module if module is not None else sys.modules['warnings']
        self._record = record
        # simplefilter()'s arguments, applied on entry when an action is given.
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        shown = ['record=True'] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        target = self._module
        # Saved: the filters list itself (a copy is worked on inside) and both hooks.
        self._saved = (target.filters, target.showwarning, target._show_impl)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        recorded = []
        target._show_impl = recorded.append
        target.showwarning = target._showwarning_orig
        return recorded

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        target = self._module
        target.filters, target.showwarning, target._show_impl = self._saved
        target._filters_mutated()


defaultaction = "default"
onceregistry = {}
# CPython's default filters (a release build without -W options); a plain string module
# in a filter matches that module name exactly.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
