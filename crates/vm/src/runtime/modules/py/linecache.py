"""Lines of source files, read once and kept in a cache.

Meant for the sources of imported modules: a relative file name that does not exist is
also looked for in the directories of sys.path.
"""
# pymem's linecache, written for pymem with CPython 3.12's observable behaviour. `cache`
# maps a file name to (size, mtime, lines, fullname) once read, or to a 1-tuple holding a
# function that returns the source (a "lazy" entry made from a module's loader).

import functools
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counted from 1) of the file, with its newline; '' when there is no
    such line. The file is read into the cache if it is not there yet."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All the lines of the file (from the cache, reading the file first if needed)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cache entries (all, or the one for `filename`) whose file changed size or
    modification time since it was read, or can no longer be found."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        # Lazy entries, and sources that came from a loader, have nothing to compare.
        if len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (st.st_size, st.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _is_pseudo_file(filename):
    # '' and names such as '<string>' or '<stdin>' never name a file.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _from_loader(filename, module_globals):
    # The lines a module's loader gives for `filename`, None when it has none.
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        return []
    lines = [text + '\n' for text in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _locate(filename):
    # (path, stat result) of the file: the name itself, else (for a relative name) the
    # first directory of sys.path holding it; None when it is nowhere.
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read the file (again) into the cache and return its lines; [] when it cannot be
    found or read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo_file(filename):
        return []
    try:
        found = filename, os.stat(filename)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        found = _locate(filename)
        if found is None:
            return []
    fullname, st = found
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remember, without reading anything yet, how to get the source of `filename` from
    the loader of the module whose globals are given. True when the cache then has (or
    already had) such a lazy entry."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_file(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if name and get_source:
        cache[filename] = (functools.partial(get_source, name),)
        return True
    return False


# Reading a source file as the tokenizer does: the encoding from a byte-order mark or a
# coding declaration in the first two lines (UTF-8 otherwise), universal newlines.

def _coding_declared(line):
    # The encoding a `# -*- coding: NAME -*-` line names, or None.
    text = line.lstrip(b' \t\f')
    if not text.startswith(b'#'):
        return None
    at = text.find(b'coding')
    while at >= 0:
        rest = text[at + 6:]
        if rest[:1] in (b':', b'='):
            rest = rest[1:].lstrip(b' \t')
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
                end += 1
            if end:
                return rest[:end].decode('ascii')
        at = text.find(b'coding', at + 6)
    return None


def _normal_encoding(name):
    # The tokenizer's short list of spellings it treats as one encoding.
    key = name[:12].lower().replace('_', '-')
    if key == 'utf-8' or key.startswith('utf-8-'):
        return 'utf-8'
    if key in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            key.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _source_encoding(data):
    # (encoding, whether the data starts with a UTF-8 byte-order mark). A declaration on
    # the second line counts only after a blank or comment first line.
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    first, _, rest = data.partition(b'\n')
    declared = _coding_declared(first)
    if declared is None:
        head = first.lstrip(b' \t\f')
        if head == b'' or head[:1] in (b'#', b'\r'):
            declared = _coding_declared(rest.partition(b'\n')[0])
    if declared is None:
        return 'utf-8', bom
    encoding = _normal_encoding(declared)
    try:
        'x'.encode(encoding)
    except LookupError:
        raise SyntaxError('unknown encoding: ' + declared)
    if bom and encoding != 'utf-8':
        raise SyntaxError('encoding problem: utf-8')
    return encoding, bom


def _read_source_lines(path):
    with open(path, 'rb') as f:
        data = f.read()
    encoding, bom = _source_encoding(data)
    text = data[3 if bom else 0:].decode(encoding)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last)
    return lines
