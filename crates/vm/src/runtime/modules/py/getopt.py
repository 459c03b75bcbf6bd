# pymem's `getopt` module: Unix-style option parsing, short options ("ab:": `b` takes a
# value) and GNU long options (["alpha", "beta="]: `beta` takes a value; any unique
# prefix of a long name selects it).

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    # The message and the option it is about (args holds both as well).
    msg = opt = ''

    def __init__(self, msg, opt=''):
        Exception.__init__(self, msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _long_names(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _parse_long(text, longopts, rest):
    """One `--name[=value]` argument: ((option, value), remaining arguments)."""
    name, eq, value = text.partition('=')
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        takes_value = False
    elif name + '=' in candidates:
        takes_value = True
    elif len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    else:
        full = candidates[0]
        takes_value = full.endswith('=')
        name = full[:-1] if takes_value else full
    if takes_value:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    return ('--' + name, value), rest


def _short_takes_value(letter, shortopts):
    # ':' only marks the letter before it as taking a value.
    i = shortopts.find(letter) if letter != ':' else -1
    if i < 0:
        raise GetoptError('option -%s not recognized' % letter, letter)
    return shortopts[i + 1:i + 2] == ':'


def _parse_shorts(cluster, shortopts, rest):
    """One `-abc` argument: (options, remaining arguments)."""
    found = []
    i = 0
    while i < len(cluster):
        letter = cluster[i]
        i += 1
        if not _short_takes_value(letter, shortopts):
            found.append(('-' + letter, ''))
            continue
        value = cluster[i:]
        if not value:
            if not rest:
                raise GetoptError('option -%s requires argument' % letter, letter)
            value, rest = rest[0], rest[1:]
        found.append(('-' + letter, value))
        break
    return found, rest


def getopt(args, shortopts, longopts=[]):
    """(options, rest): (name, value) pairs up to the first argument that is not an
    option (or `--`), and the arguments after them."""
    longopts = _long_names(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        arg, args = args[0], args[1:]
        if arg == '--':
            break
        if arg.startswith('--'):
            pair, args = _parse_long(arg[2:], longopts, args)
            opts.append(pair)
        else:
            pairs, args = _parse_shorts(arg[1:], shortopts, args)
            opts.extend(pairs)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt, with options anywhere among the other arguments (a leading '+' in
    `shortopts`, or POSIXLY_CORRECT, stops at the first non-option)."""
    longopts = _long_names(longopts)
    stop_early = shortopts.startswith('+') or bool(os.environ.get('POSIXLY_CORRECT'))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    opts = []
    others = []
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            others.extend(args[1:])
            break
        if arg.startswith('--'):
            pair, args = _parse_long(arg[2:], longopts, args[1:])
            opts.append(pair)
        elif arg.startswith('-') and arg != '-':
            pairs, args = _parse_shorts(arg[1:], shortopts, args[1:])
            opts.extend(pairs)
        elif stop_early:
            others.extend(args)
            break
        else:
            others.append(arg)
            args = args[1:]
    return opts, others
