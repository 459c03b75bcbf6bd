"""Shell-style wildcard matching of file names: `*` (any run), `?` (one character),
`[seq]` and `[!seq]` (a character in / not in seq). Patterns become regular expressions."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _regex(pat):
    # Compiled patterns are kept per pattern (str and bytes apart), as a small cache.
    key = (type(pat), pat)
    r = _compiled.get(key)
    if r is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'latin-1'))
            r = re.compile(bytes(text, 'latin-1')).match
        else:
            r = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = r
    return r


def fnmatch(name, pat):
    """Does `name` match `pat`, after normalizing case as the OS does (not at all here)?"""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Does `name` match `pat`, case-sensitively?"""
    return _regex(pat)(name) is not None


def filter(names, pat):
    """The items of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _regex(pat)
    return [name for name in names if match(os.path.normcase(name))]


def _set_body(inner):
    # A bracket expression's contents for the regex: `!` negates; `\` and a `[` or `&`,
    # `~`, `|` that re would read as a set operation are escaped; a range whose end comes
    # before its start matches nothing and is dropped.
    negate = inner.startswith('!')
    if negate:
        inner = inner[1:]
    out = []
    i, n = 0, len(inner)
    while i < n:
        c = inner[i]
        if i + 2 < n and inner[i + 1] == '-':
            lo, hi = c, inner[i + 2]
            if lo <= hi:
                out.append(re.escape(lo) + '-' + re.escape(hi))
            i += 3
            continue
        out.append('\\' + c if c in '\\[]^-&~|' else c)
        i += 1
    body = ''.join(out)
    if not body:
        # Only empty ranges: `[z-a]` matches nothing, `[!z-a]` any character.
        return '.' if negate else '(?!)'
    return '[' + ('^' if negate else '') + body + ']'


def translate(pat):
    """The regular expression (a str) that fnmatchcase uses for `pat`."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # A run of stars is one.
            while i < n and pat[i] == '*':
                i += 1
            parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                # No closing bracket: a literal '['.
                parts.append('\\[')
            else:
                parts.append(_set_body(pat[i:j]))
                i = j + 1
        else:
            parts.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(parts)
