# argparse for pymem: command-line parsing with CPython 3.12's observable behaviour (its
# usage and help layouts, error messages and exit status 2), written for pymem.
# Parsing classifies the arguments as options ('O') and plain arguments ('A'), then walks
# them: each run of plain arguments feeds as many positionals as it can (greedily, the way
# CPython's nargs patterns match), each option takes the arguments its nargs asks for.

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Action',
           'HelpFormatter', 'Namespace', 'FileType', 'SUPPRESS', 'OPTIONAL',
           'ZERO_OR_MORE', 'ONE_OR_MORE', 'PARSER', 'REMAINDER']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED = '_unrecognized_args'


class _Reprable:
    """Objects whose repr lists their settings as keyword arguments."""

    def __repr__(self):
        shown = []
        extra = {}
        for value in self._repr_args():
            shown.append(repr(value))
        for name, value in self._repr_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                extra[name] = value
        if extra:
            shown.append('**%s' % repr(extra))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _repr_args(self):
        return []

    def _repr_kwargs(self):
        return list(self.__dict__.items())


class Namespace(_Reprable):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        # Equal when they hold the same attributes with equal values.
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


class ArgumentError(Exception):
    """A bad command line, naming the argument it is about."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to report its own message."""


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


# ----- actions -----

# The attributes reprs show, in CPython's order.
_ACTION_REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                       'choices', 'required', 'help', 'metavar')
_PARSER_REPR_FIELDS = ('prog', 'usage', 'description', 'formatter_class',
                       'conflict_handler', 'add_help')

class Action(_Reprable):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    def _repr_kwargs(self):
        return [(name, getattr(self, name)) for name in _ACTION_REPR_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing '
                             'to store, actions such as store true or store const may '
                             'be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        # Takes no argument strings: the value stored is always `const`.
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _with_added(namespace, dest, new_items):
    # A fresh list each time, so a list default given by the user is never mutated.
    current = getattr(namespace, dest, None)
    return (list(current) if current is not None else []) + new_items


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are '
                             'not supplying the value to append, the append const action '
                             'may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _with_added(namespace, self.dest, [values]))


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _with_added(namespace, self.dest, [self.const]))


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _with_added(namespace, self.dest, list(values)))


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # Prints the full help and ends the program with status 0.
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        # The action's own version string wins over the parser's `version` attribute.
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoiceEntry(Action):
    """A subcommand's line in its parent's help."""

    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__([], dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None,
                         self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoiceEntry(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        # The name and every alias lead to the same parser.
        self._name_parser_map.update((key, made) for key in [name] + list(aliases))
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (name, choices))
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction,
}


class FileType:
    """A type that opens the named file ('-' is standard input or output)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ----- help formatting -----

def _columns():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Lays out usage and help text as CPython 3.12's default formatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _columns() - 2
        self._prog = prog
        self._indent_step = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._blocks = []

    # Blocks: ('usage', text) / ('text', text) / ('section', title, description, actions)
    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._blocks.append(('usage', usage, list(actions), groups, prefix))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._blocks.append(('text', text))

    def add_section(self, title, description, actions):
        self._blocks.append(('section', title, description, list(actions)))

    def format_help(self):
        # One help column for every section: past the longest invocation of them all.
        longest = 0
        for block in self._blocks:
            if block[0] == 'section':
                for action, at in self._entries(block[3], self._indent_step):
                    longest = max(longest, len(self._invocation(action)) + at)
        self._help_position = min(longest + 2, self._max_help_position)
        out = []
        for block in self._blocks:
            kind = block[0]
            if kind == 'usage':
                out.append(self._usage_block(*block[1:]))
            elif kind == 'text':
                out.append(self._fill(self._expand_prog(block[1]), 0) + '\n\n')
            else:
                out.append(self._section(*block[1:]))
        text = ''.join(out)
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        text = text.strip('\n')
        if text:
            text += '\n'
        return text

    def _expand_prog(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        return text

    def _fill(self, text, indent):
        text = _re.sub(r'\s+', ' ', text).strip()
        pad = ' ' * indent
        return _textwrap.fill(text, self._width - indent, initial_indent=pad,
                              subsequent_indent=pad)

    # --- usage ---

    def _metavar(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default
        if isinstance(result, tuple):
            return lambda n: result
        return lambda n: (result,) * n

    def _format_args(self, action, default):
        get = self._metavar(action, default)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            names = get(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            count = int(nargs)
        except (TypeError, ValueError):
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * count) % get(count)

    def _actions_usage(self, actions, groups):
        # Which actions open and close a mutually exclusive group, when the group's
        # actions sit together in `actions`.
        opens = {}
        closes = {}
        in_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                continue
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            if actions[start:start + len(members)] != members:
                continue
            shown = [a for a in members if a.help is not SUPPRESS]
            for a in members:
                in_group.add(id(a))
            if not shown:
                continue
            opens[id(shown[0])] = (group, shown)
        parts = []
        handled = set()
        for action in actions:
            if id(action) in handled:
                continue
            if id(action) in opens:
                group, shown = opens[id(action)]
                pieces = [self._action_usage(a, True) for a in shown]
                pieces = [p for p in pieces if p]
                for a in group._group_actions:
                    handled.add(id(a))
                if not pieces:
                    continue
                text = ' | '.join(pieces)
                if group.required:
                    parts.append(text if len(pieces) == 1 else '(%s)' % text)
                else:
                    parts.append('[%s]' % text)
                continue
            if action.help is SUPPRESS:
                continue
            part = self._action_usage(action, id(action) in in_group)
            if part:
                parts.append(part)
        return ' '.join(parts)

    def _action_usage(self, action, grouped):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            part = self._format_args(action, action.dest)
            if grouped and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        option = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            part = '%s %s' % (option, self._format_args(action, action.dest.upper()))
        if not action.required and not grouped:
            part = '[%s]' % part
        return part

    def _usage_block(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % dict(prog=self._prog)
        elif not actions:
            text = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_usage = self._actions_usage(optionals, groups)
            pos_usage = self._actions_usage(positionals, groups)
            text = ' '.join([s for s in [prog, opt_usage, pos_usage] if s])
            room = self._width
            if len(prefix) + len(text) > room:
                text = '\n'.join(self._wrap_usage(prefix, prog, opt_usage, pos_usage, room))
        return '%s%s\n\n' % (prefix, text)

    def _wrap_usage(self, prefix, prog, opt_usage, pos_usage, room):
        splitter = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(splitter, opt_usage)
        pos_parts = _re.findall(splitter, pos_usage)

        def lines_of(parts, indent, first_prefix=None):
            lines = []
            line = []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line and length + 1 + len(part) > room:
                    lines.append(indent + ' '.join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return lines

    # --- sections ---

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def _entries(self, actions, indent):
        for action in actions:
            if action.help is SUPPRESS:
                continue
            yield action, indent
            subactions = getattr(action, '_get_subactions', None)
            if subactions is not None:
                yield from self._entries(subactions(), indent + self._indent_step)

    def _section(self, title, description, actions):
        entries = list(self._entries(actions, self._indent_step))
        if not entries and not description:
            return ''
        out = []
        if title:
            out.append('%s:\n' % title)
        if description:
            out.append(self._fill(self._expand_prog(description), self._indent_step)
                       + '\n\n')
        help_position = self._help_position
        help_width = max(self._width - help_position, 11)
        for action, at in entries:
            out.append(self._entry(action, at, help_position, help_width))
        return ''.join(out) + '\n'

    def _entry(self, action, at, help_position, help_width):
        invocation = self._invocation(action)
        width = help_position - at - 2
        if not action.help:
            head = '%s%s\n' % (' ' * at, invocation)
            return head
        if len(invocation) <= width:
            head = '%s%-*s  ' % (' ' * at, width, invocation)
            first_on_head = True
        else:
            head = '%s%s\n' % (' ' * at, invocation)
            first_on_head = False
        text = self._expand_help(action)
        lines = _textwrap.wrap(_re.sub(r'\s+', ' ', text).strip(), help_width)
        out = [head]
        if lines:
            if first_on_head:
                out.append(lines[0] + '\n')
                rest = lines[1:]
            else:
                rest = lines
            for line in rest:
                out.append('%*s%s\n' % (help_position, '', line))
        elif first_on_head:
            out[0] = head.rstrip() + '\n'
        return ''.join(out)

    def _expand_help(self, action):
        text = action.help
        if '%' not in text:
            return text
        # %(name)s in help text may name any attribute of the action, or %(prog)s;
        # callables (e.g. type=int) show by name, choices as a comma-separated list.
        params = {}
        for name, value in list(vars(action).items()) + [('prog', self._prog)]:
            if value is SUPPRESS:
                params.pop(name, None)
            else:
                params[name] = getattr(value, '__name__', value)
        choices = params.get('choices')
        if choices is not None:
            params['choices'] = ', '.join([str(choice) for choice in choices])
        return text % params


# ----- containers of arguments -----

class _Container:
    def _setup_container(self, prefix_chars):
        self.prefix_chars = prefix_chars
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Arguments already added take the new default at once.
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        # An argument's own (non-None) default beats one given to set_defaults().
        own = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return own[0] if own else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            # set_defaults() values first, then the parser-wide argument_default.
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be '
                             'passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _positional_kwargs(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("add_argument() missing 1 required positional argument: "
                            "'dest'")
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character '
                                 '%r' % (option, self.prefix_chars))
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_strings.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_strings[0] if long_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % first)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for option in action.option_strings:
            if option in self._option_string_actions:
                clash = ', '.join(o for o in action.option_strings
                                  if o in self._option_string_actions)
                raise ArgumentError(action, 'conflicting option string%s: %s'
                                    % ('s' if ',' in clash else '', clash))
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _re.match(r'^-\d+$|^-\d*\.\d+$', option):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def add_argument_group(self, *args, **kwargs):
        return _registered(self._action_groups, _ArgumentGroup(self, *args, **kwargs))

    def add_mutually_exclusive_group(self, **kwargs):
        return _registered(self._mutually_exclusive_groups,
                           _MutuallyExclusiveGroup(self, **kwargs))


def _registered(registry, group):
    registry.append(group)
    return group


class _ArgumentGroup(_Container):
    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self.prefix_chars = container.prefix_chars
        self.argument_default = container.argument_default
        self._group_actions = []
        # A group adds to its parser's registries.
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._action_groups = container._action_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


# ----- the parser -----

class ArgumentParser(_Container, _Reprable):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self._setup_container(prefix_chars)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _repr_kwargs(self):
        return [(name, getattr(self, name)) for name in _PARSER_REPR_FIELDS]

    def _add_action(self, action):
        # Without a group of its own, an argument lands in the default group of its kind.
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = _ACTIONS.get(kwargs.pop('action', 'parsers'))
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # --- output ---

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.add_section(group.title, group.description, group._group_actions)
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        (_sys.stderr if file is None else file).write(message)

    def exit(self, status=0, message=None):
        # The message, if any, goes to stderr before SystemExit(status).
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # --- parsing ---

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, extras = self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = self._parse(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            extras.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, extras

    def _classify(self, arg):
        """An option's (action, option string, explicit argument), or None for a plain
        argument."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option, explicit = arg.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._prefix_matches(arg)
        if len(matches) > 1:
            names = ', '.join(m[1] for m in matches)
            self.error('ambiguous option: %s could match %s' % (arg, names))
        if len(matches) == 1:
            return matches[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _prefix_matches(self, arg):
        chars = self.prefix_chars
        found = []
        if arg[0] in chars and arg[1] in chars:
            if not self.allow_abbrev:
                return found
            if '=' in arg:
                prefix, explicit = arg.split('=', 1)
            else:
                prefix, explicit = arg, None
            for option, action in self._option_string_actions.items():
                if option.startswith(prefix):
                    found.append((action, option, explicit))
        elif arg[0] in chars:
            short, short_explicit = arg[:2], arg[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, short_explicit))
                elif self.allow_abbrev and option.startswith(arg):
                    found.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % arg)
        return found

    def _parse(self, args, namespace):
        # Groups whose members exclude each other.
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(id(action), []).extend(members[:i] + members[i + 1:])

        # Classify: 'O' options, 'A' plain arguments; the first '--' goes, and all
        # after it are plain.
        had_separator = '--' in args
        if had_separator:
            cut = args.index('--')
            args = args[:cut] + args[cut + 1:]
        else:
            cut = len(args)
        kinds = []
        options = {}
        for i, arg in enumerate(args):
            if i >= cut:
                kinds.append('A')
                continue
            found = self._classify(arg)
            if found is None:
                kinds.append('A')
            else:
                kinds.append('O')
                options[i] = found

        seen = set()
        seen_non_default = set()
        extras = []

        def take(action, strings, option_string=None):
            seen.add(id(action))
            values = self._values(action, strings)
            if values is not action.default:
                seen_non_default.add(id(action))
                for other in conflicts.get(id(action), []):
                    if id(other) in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def plain_run(start):
            """How many plain arguments follow `start`."""
            end = start
            while end < len(kinds) and kinds[end] != 'O':
                end += 1
            return end - start

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_positionals(positionals, kinds[start:], args[start:])
            for action, count in zip(positionals, counts):
                strings = args[start:start + count]
                start += count
                take(action, strings)
            del positionals[:len(counts)]
            return start

        def consume_optional(start):
            action, option_string, explicit = options[start]
            pending = []
            while True:
                if action is None:
                    extras.append(args[start])
                    return start + 1
                if explicit is not None:
                    # An attached argument ('--opt=x', '-fx') is one argument.
                    if action.nargs in (0, SUPPRESS):
                        count = 0
                    elif action.nargs in (None, OPTIONAL, ONE_OR_MORE, ZERO_OR_MORE, 1,
                                          REMAINDER, PARSER):
                        count = 1
                    else:
                        raise ArgumentError(action, _expected(action.nargs))
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit != '':
                        # '-abc': flags given together.
                        pending.append((action, [], option_string))
                        flag = option_string[0] + explicit[0]
                        if flag not in self._option_string_actions:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % explicit)
                        option_string = flag
                        explicit = explicit[1:] or None
                        action = self._option_string_actions[flag]
                    elif count == 1:
                        pending.append((action, [explicit], option_string))
                        stop = start + 1
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit)
                else:
                    begin = start + 1
                    available = plain_run(begin)
                    count = _option_count(action, kinds[begin:begin + available])
                    stop = begin + count
                    pending.append((action, args[begin:stop], option_string))
                    break
            for action, strings, option_string in pending:
                take(action, strings, option_string)
            return stop

        option_indices = sorted(options)
        start = 0
        last_option = option_indices[-1] if option_indices else -1
        while start <= last_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in options:
                extras.extend(args[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        left = args[stop:]
        if stop <= cut < len(args) + 1 and had_separator:
            # No positional took the '--': it stays among the extras.
            left.insert(cut - stop, '--')
        extras.extend(left)

        required = []
        for action in self._actions:
            if id(action) not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._convert(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(id(a) in seen_non_default for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required'
                                        % ' '.join(names))
        return namespace, extras

    def _match_positionals(self, positionals, kinds, args):
        """The argument counts of the longest prefix of `positionals` the plain arguments
        at the start of `kinds` can feed (CPython's greedy nargs patterns)."""
        run = 0
        while run < len(kinds) and kinds[run] != 'O':
            run += 1
        total = len(kinds)
        for n in range(len(positionals), 0, -1):
            counts = _fit(positionals[:n], run, kinds, total)
            if counts is not None:
                return counts
        return []

    def _values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in strings:
                strings = list(strings)
                strings.remove('--')
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
                self._check_choice(action, value)
            else:
                value = strings
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
        elif action.nargs == REMAINDER:
            value = [self._convert(action, s) for s in strings]
        elif action.nargs == PARSER:
            value = [self._convert(action, s) for s in strings]
            self._check_choice(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._convert(action, s) for s in strings]
            for v in value:
                self._check_choice(action, v)
        return value

    def _convert(self, action, string):
        func = action.type
        if func is None:
            return string
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]


def _expected(nargs):
    if nargs is None:
        return 'expected one argument'
    if nargs == OPTIONAL:
        return 'expected at most one argument'
    if nargs == ONE_OR_MORE:
        return 'expected at least one argument'
    if nargs == 1:
        return 'expected 1 argument'
    return 'expected %s arguments' % nargs


def _match_count(nargs, available):
    """How many of `available` plain arguments an option with `nargs` takes, or None."""
    if nargs is None:
        return 1 if available >= 1 else None
    if nargs == OPTIONAL:
        return min(available, 1)
    if nargs == ZERO_OR_MORE or nargs == REMAINDER:
        return available
    if nargs == ONE_OR_MORE or nargs == PARSER:
        return available if available >= 1 else None
    if nargs == SUPPRESS:
        return 0
    return nargs if available >= nargs else None


def _option_count(action, kinds):
    """How many of the plain arguments after an option it takes."""
    count = _match_count(action.nargs, len(kinds))
    if count is None:
        raise ArgumentError(action, _expected(action.nargs))
    return count


def _fit(actions, run, kinds, total):
    """Counts of plain arguments for each of `actions`, greedy from the left with
    backtracking, using at most `run` arguments (a PARSER or REMAINDER positional takes
    everything to the end, options included); None if they cannot all match."""
    def place(i, start):
        if i == len(actions):
            return []
        nargs = actions[i].nargs
        if nargs == PARSER:
            if start < run or (start < total and kinds[start] != 'O'):
                rest = place(i + 1, total)
                return None if rest is None else [total - start] + rest
            return None
        if nargs == REMAINDER:
            rest = place(i + 1, total)
            return None if rest is None else [total - start] + rest
        left = run - start
        if nargs is None:
            options = [1]
        elif nargs == OPTIONAL:
            options = [1, 0]
        elif nargs == ZERO_OR_MORE:
            options = list(range(left, -1, -1))
        elif nargs == ONE_OR_MORE:
            options = list(range(left, 0, -1))
        elif nargs == SUPPRESS:
            options = [0]
        else:
            options = [nargs]
        for count in options:
            if count > left:
                continue
            rest = place(i + 1, start + count)
            if rest is not None:
                return [count] + rest
        return None
    return place(0, 0)
