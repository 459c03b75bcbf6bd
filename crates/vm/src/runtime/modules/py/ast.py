# pymem's frozen `ast` module: CPython 3.12's node classes (names, `_fields`,
# `_attributes`, optional fields defaulting to None on the class, `__match_args__`,
# docstrings giving the node's signature), `parse` (the native `_ast.parse` runs pymem's
# parser and builds these classes' instances), `dump` with 3.12's output, `literal_eval`
# with its errors, the traversal helpers (`walk`, `iter_fields`, `iter_child_nodes`,
# `NodeVisitor`, `NodeTransformer`), the location helpers (`copy_location`,
# `fix_missing_locations`, `increment_lineno`, `get_source_segment`), `get_docstring`, and
# `unparse` (in the frozen `_ast_unparse`).
#
# Known gaps: mode 'func_type' and `type_comments=True` are not supported, and `compile()`
# takes a tree by checking and unparsing it (so its code reports the unparsed text's line
# numbers).

import _ast

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    """The base of every syntax tree node."""

    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            count = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, count, '' if count == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError('%s got multiple values for argument %r'
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'

# The grammar, one abstract class per line group: the class, whether its nodes carry
# positions, and its concrete classes with their fields as `type name` (`*` a list,
# `?` optional). Classes with no abstract base (`arguments`, `arg`...) come last.
_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

_GRAMMAR = [
    ('mod', False, [
        ('Module', 'stmt* body, type_ignore* type_ignores'),
        ('Interactive', 'stmt* body'),
        ('Expression', 'expr body'),
        ('FunctionType', 'expr* argtypes, expr returns'),
    ]),
    ('stmt', True, [
        ('FunctionDef', 'identifier name, arguments args, stmt* body, expr* decorator_list,'
                        ' expr? returns, string? type_comment, type_param* type_params'),
        ('AsyncFunctionDef', 'identifier name, arguments args, stmt* body,'
                             ' expr* decorator_list, expr? returns, string? type_comment,'
                             ' type_param* type_params'),
        ('ClassDef', 'identifier name, expr* bases, keyword* keywords, stmt* body,'
                     ' expr* decorator_list, type_param* type_params'),
        ('Return', 'expr? value'),
        ('Delete', 'expr* targets'),
        ('Assign', 'expr* targets, expr value, string? type_comment'),
        ('TypeAlias', 'expr name, type_param* type_params, expr value'),
        ('AugAssign', 'expr target, operator op, expr value'),
        ('AnnAssign', 'expr target, expr annotation, expr? value, int simple'),
        ('For', 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment'),
        ('AsyncFor', 'expr target, expr iter, stmt* body, stmt* orelse,'
                     ' string? type_comment'),
        ('While', 'expr test, stmt* body, stmt* orelse'),
        ('If', 'expr test, stmt* body, stmt* orelse'),
        ('With', 'withitem* items, stmt* body, string? type_comment'),
        ('AsyncWith', 'withitem* items, stmt* body, string? type_comment'),
        ('Match', 'expr subject, match_case* cases'),
        ('Raise', 'expr? exc, expr? cause'),
        ('Try', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody'),
        ('TryStar', 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody'),
        ('Assert', 'expr test, expr? msg'),
        ('Import', 'alias* names'),
        ('ImportFrom', 'identifier? module, alias* names, int? level'),
        ('Global', 'identifier* names'),
        ('Nonlocal', 'identifier* names'),
        ('Expr', 'expr value'),
        ('Pass', ''), ('Break', ''), ('Continue', ''),
    ]),
    ('expr', True, [
        ('BoolOp', 'boolop op, expr* values'),
        ('NamedExpr', 'expr target, expr value'),
        ('BinOp', 'expr left, operator op, expr right'),
        ('UnaryOp', 'unaryop op, expr operand'),
        ('Lambda', 'arguments args, expr body'),
        ('IfExp', 'expr test, expr body, expr orelse'),
        ('Dict', 'expr* keys, expr* values'),
        ('Set', 'expr* elts'),
        ('ListComp', 'expr elt, comprehension* generators'),
        ('SetComp', 'expr elt, comprehension* generators'),
        ('DictComp', 'expr key, expr value, comprehension* generators'),
        ('GeneratorExp', 'expr elt, comprehension* generators'),
        ('Await', 'expr value'),
        ('Yield', 'expr? value'),
        ('YieldFrom', 'expr value'),
        ('Compare', 'expr left, cmpop* ops, expr* comparators'),
        ('Call', 'expr func, expr* args, keyword* keywords'),
        ('FormattedValue', 'expr value, int conversion, expr? format_spec'),
        ('JoinedStr', 'expr* values'),
        ('Constant', 'constant value, string? kind'),
        ('Attribute', 'expr value, identifier attr, expr_context ctx'),
        ('Subscript', 'expr value, expr slice, expr_context ctx'),
        ('Starred', 'expr value, expr_context ctx'),
        ('Name', 'identifier id, expr_context ctx'),
        ('List', 'expr* elts, expr_context ctx'),
        ('Tuple', 'expr* elts, expr_context ctx'),
        ('Slice', 'expr? lower, expr? upper, expr? step'),
    ]),
    ('expr_context', False, [('Load', ''), ('Store', ''), ('Del', '')]),
    ('boolop', False, [('And', ''), ('Or', '')]),
    ('operator', False, [(op, '') for op in (
        'Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv'
        .split())]),
    ('unaryop', False, [(op, '') for op in 'Invert Not UAdd USub'.split()]),
    ('cmpop', False, [(op, '') for op in 'Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn'.split()]),
    ('excepthandler', True, [('ExceptHandler', 'expr? type, identifier? name, stmt* body')]),
    ('pattern', True, [
        ('MatchValue', 'expr value'),
        ('MatchSingleton', 'constant value'),
        ('MatchSequence', 'pattern* patterns'),
        ('MatchMapping', 'expr* keys, pattern* patterns, identifier? rest'),
        ('MatchClass', 'expr cls, pattern* patterns, identifier* kwd_attrs,'
                       ' pattern* kwd_patterns'),
        ('MatchStar', 'identifier? name'),
        ('MatchAs', 'pattern? pattern, identifier? name'),
        ('MatchOr', 'pattern* patterns'),
    ]),
    ('type_ignore', False, [('TypeIgnore', 'int lineno, string tag')]),
    ('type_param', True, [
        ('TypeVar', 'identifier name, expr? bound'),
        ('ParamSpec', 'identifier name'),
        ('TypeVarTuple', 'identifier name'),
    ]),
    (None, False, [
        ('comprehension', 'expr target, expr iter, expr* ifs, int is_async'),
        ('arguments', 'arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,'
                      ' expr* kw_defaults, arg? kwarg, expr* defaults'),
        ('withitem', 'expr context_expr, expr? optional_vars'),
        ('match_case', 'pattern pattern, expr? guard, stmt* body'),
    ]),
    (None, True, [
        ('arg', 'identifier arg, expr? annotation, string? type_comment'),
        ('keyword', 'identifier? arg, expr value'),
        ('alias', 'identifier name, identifier? asname'),
    ]),
]

# Every node class by name: what `_ast.parse` instantiates.
_classes = {}
# What compile() insists on, per class: its fields that are neither optional nor lists,
# and (for classes with positions) the name its missing-position error gives.
_required_fields = {}
_position_owner = {}


def _fields_of(spec):
    # 'expr? value, int simple' -> [('expr?', 'value'), ('int', 'simple')]
    return [tuple(part.split()) for part in spec.split(',') if part.strip()]


def _signature(name, spec):
    return '%s(%s)' % (name, spec) if spec else name


def _make_class(name, base, spec, positions):
    fields = _fields_of(spec)
    namespace = {
        '_fields': tuple(field for _, field in fields),
        '__match_args__': tuple(field for _, field in fields),
        '__module__': 'ast',
        '__doc__': _signature(name, spec),
    }
    for kind, field in fields:
        if kind.endswith('?'):
            namespace[field] = None
    if positions:
        namespace['_attributes'] = _POSITIONS
        namespace['end_lineno'] = namespace['end_col_offset'] = None
    cls = type(name, (base,), namespace)
    _classes[name] = cls
    _required_fields[cls] = [field for kind, field in fields if kind[-1] not in '?*']
    if positions:
        _position_owner[cls] = name
    elif base in _position_owner:
        _position_owner[cls] = _position_owner[base]
    return cls


def _make_abstract(name, positions, variants):
    namespace = {'_fields': (), '__match_args__': (), '__module__': 'ast'}
    if all(not spec for _, spec in variants):
        namespace['__doc__'] = '%s = %s' % (name, ' | '.join(v for v, _ in variants))
    else:
        joint = '\n' + ' ' * (len(name) + 1) + '| '
        namespace['__doc__'] = '%s = %s' % (name, joint.join(_signature(v, spec)
                                                              for v, spec in variants))
    if positions:
        namespace['_attributes'] = _POSITIONS
        # A pattern's positions are required fields; other nodes' end positions are
        # optional.
        if name != 'pattern':
            namespace['end_lineno'] = namespace['end_col_offset'] = None
    cls = type(name, (AST,), namespace)
    _classes[name] = cls
    if positions:
        _position_owner[cls] = name
    return cls


def _build_classes(namespace):
    for base_name, positions, variants in _GRAMMAR:
        if base_name is None:
            for name, spec in variants:
                namespace[name] = _make_class(name, AST, spec, positions)
            continue
        base = namespace[base_name] = _make_abstract(base_name, positions, variants)
        for name, spec in variants:
            namespace[name] = _make_class(name, base, spec, False)


_build_classes(globals())
del _build_classes

# `import _ast` shows the classes too, as CPython's does.
for _name, _cls in _classes.items():
    setattr(_ast, _name, _cls)
_ast.AST = AST
del _name, _cls


# ---------------------------------------------------------------------------------------
# The classes of older Pythons, kept (deprecated) by 3.12: `Num`, `Str`, `Bytes`,
# `NameConstant` and `Ellipsis` make Constants and recognise them by their value's type
# (reached through the module's __getattr__, which warns); `Index` and `ExtSlice` make what
# replaced them; `n` and `s` are old names of `Constant.value`.

def _deprecated_attribute(old):
    def get(self):
        import warnings
        warnings.warn('Attribute %s is deprecated and will be removed in Python 3.14; '
                      'use value instead' % old, DeprecationWarning, stacklevel=2)
        return self.value

    def put(self, value):
        import warnings
        warnings.warn('Attribute %s is deprecated and will be removed in Python 3.14; '
                      'use value instead' % old, DeprecationWarning, stacklevel=2)
        self.value = value

    return property(get, put)


Constant.n = _deprecated_attribute('n')
Constant.s = _deprecated_attribute('s')


class _LegacyConstantType(type):

    def __instancecheck__(cls, instance):
        if not isinstance(instance, Constant):
            return False
        accepted, refused = _legacy_value_types.get(cls, ((), ()))
        if accepted:
            value = instance.value
            return isinstance(value, accepted) and not isinstance(value, refused)
        return type.__instancecheck__(cls, instance)


def _legacy_new(cls, *args, **kwargs):
    fields = cls._fields
    if len(args) > len(fields):
        raise TypeError('%s constructor takes at most %d positional argument%s'
                        % (cls.__name__, len(fields), '' if len(fields) == 1 else 's'))
    for name, value in zip(fields, args):
        kwargs[name] = value
    # The old field names all meant `value`.
    for old in ('n', 's'):
        if old in kwargs:
            kwargs['value'] = kwargs.pop(old)
    if cls.__name__ == 'Ellipsis':
        kwargs.setdefault('value', ...)
    return Constant(**kwargs)


_legacy_classes = {}
_legacy_value_types = {}
for _name, _fields, _accepted, _refused in [
        ('Num', ('n',), (int, float, complex), (bool,)), ('Str', ('s',), (str,), ()),
        ('Bytes', ('s',), (bytes,), ()), ('NameConstant', ('value', 'kind'), (type(None), bool), ()),
        ('Ellipsis', (), (type(...),), ())]:
    _cls = _LegacyConstantType(_name, (Constant,), {
        '_fields': _fields, '__module__': 'ast', '__new__': _legacy_new,
        '__doc__': 'Deprecated AST node class. Use ast.Constant instead'})
    _legacy_classes[_name] = _cls
    _legacy_value_types[_cls] = (_accepted, _refused)
del _name, _fields, _accepted, _refused, _cls


def __getattr__(name):
    if name in _legacy_classes:
        import warnings
        warnings.warn('ast.%s is deprecated and will be removed in Python 3.14; use '
                      'ast.Constant instead' % name, DeprecationWarning, stacklevel=2)
        return _legacy_classes[name]
    raise AttributeError('module %r has no attribute %r' % (__name__, name))


class slice(AST):
    """Deprecated AST node class."""
    __module__ = 'ast'


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    __module__ = 'ast'

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    __module__ = 'ast'

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
    __module__ = 'ast'


# The contexts and operators in parsed trees are these shared instances, as in CPython.
_shared = {name: cls() for name, cls in _classes.items()
           if not cls._fields and cls.__bases__[0].__name__ in (
               'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop')}


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse `source` into a syntax tree (mode 'exec' gives a Module, 'eval' an
    Expression, 'single' an Interactive)."""
    if isinstance(source, AST):
        # compile() returns a tree it is given as it is.
        return source
    if hasattr(filename, '__fspath__'):
        filename = filename.__fspath__()
    return _ast.parse(source, filename, mode, _classes, _shared)


# ---------------------------------------------------------------------------------------
# Walking the tree

def iter_fields(node):
    """(name, value) for each field that `node` has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            continue


def iter_child_nodes(node):
    """The nodes directly below `node`: its node fields and nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))


def walk(node):
    """Every node of the tree under `node` (itself included), breadth first."""
    pending = [node]
    position = 0
    while position < len(pending):
        current = pending[position]
        position += 1
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Calls `visit_<ClassName>` for each node it visits, else `generic_visit`, which
    visits the children."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + type(node).__name__, None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)

    def visit_Constant(self, node):
        # A visitor written for the old classes (`visit_Num`...) still sees constants,
        # with a warning.
        value = node.value
        for types, old in ((bool, 'NameConstant'), (type(None), 'NameConstant'),
                           ((int, float, complex), 'Num'), (str, 'Str'), (bytes, 'Bytes'),
                           (type(...), 'Ellipsis')):
            if isinstance(value, types):
                handler = getattr(self, 'visit_' + old, None)
                if handler is not None:
                    import warnings
                    warnings.warn('visit_%s is deprecated; add visit_Constant' % old,
                                  DeprecationWarning, 2)
                    return handler(node)
                break
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node (None
    removes it from a list field or the field; a list splices into a list field)."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                replaced = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                value[:] = replaced
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node


# ---------------------------------------------------------------------------------------
# Locations

def copy_location(new_node, old_node):
    """Give `new_node` the positions of `old_node` (those both classes have)."""
    for attr in _POSITIONS:
        if attr not in old_node._attributes or attr not in new_node._attributes:
            continue
        present = hasattr(old_node, attr)
        value = getattr(old_node, attr, None)
        # An end position that is explicitly None is copied; a missing start is not.
        if value is not None or (present and attr.startswith('end_')):
            setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Fill in the positions that nodes under `node` lack from their parent's (from
    line 1, column 0 at the top)."""
    pending = [(node, (1, 0, 1, 0))]
    while pending:
        current, inherited = pending.pop()
        if 'lineno' in current._attributes:
            own = []
            for attr, default in zip(_POSITIONS, inherited):
                value = getattr(current, attr, None)
                if value is None:
                    value = default
                    setattr(current, attr, value)
                own.append(value)
            inherited = tuple(own)
        children = list(iter_child_nodes(current))
        pending.extend((child, inherited) for child in reversed(children))
    return node


def increment_lineno(node, n=1):
    """Move `node` and everything under it `n` lines down."""
    for current in walk(node):
        if isinstance(current, TypeIgnore):
            current.lineno = getattr(current, 'lineno', 0) + n
            continue
        if 'lineno' in current._attributes:
            current.lineno = getattr(current, 'lineno', 0) + n
        if 'end_lineno' in current._attributes:
            end = getattr(current, 'end_lineno', 0)
            if end is not None:
                current.end_lineno = end + n
    return node


def _source_lines(source):
    # Lines with their endings, split at \r\n, \n and \r only (form feeds stay inside).
    lines, start, i = [], 0, 0
    while i < len(source):
        ch = source[i]
        if ch == '\r' or ch == '\n':
            if ch == '\r' and source[i + 1:i + 2] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from (None when `node` lacks
    positions). `padded` keeps the first line's indentation, as blanks."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    # Columns count UTF-8 bytes.
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()
    if padded:
        prefix = head[:start].decode()
        padding = ''.join(c if c in '\t\f' else ' ' for c in prefix)
    else:
        padding = ''
    parts = [padding + head[start:].decode()]
    parts.extend(lines[first + 1:last])
    parts.append(lines[last].encode()[:end].decode())
    return ''.join(parts)


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node (None if it has none)."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    value = body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


# ---------------------------------------------------------------------------------------
# dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree under `node` as text, in the form of constructor calls."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def separators(level):
        if indent is None:
            return '', ', '
        inner = indent * (level + 1)
        return '\n' + inner, ',\n' + inner

    def show(value, level):
        # Returns the text and whether it is "simple": no node arguments inside, so a
        # node made only of simple parts stays on one line.
        if isinstance(value, list):
            if not value:
                return '[]', True
            prefix, sep = separators(level)
            return '[%s%s]' % (prefix, sep.join(show(v, level + 1)[0] for v in value)), False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        every_part_simple = True
        by_name = annotate_fields
        for name in value._fields:
            try:
                field = getattr(value, name)
            except AttributeError:
                by_name = True
                continue
            if field is None and getattr(cls, name, ...) is None:
                by_name = True
                continue
            text, simple = show(field, level + 1)
            every_part_simple = every_part_simple and simple
            parts.append('%s=%s' % (name, text) if by_name else text)
        if include_attributes:
            for name in value._attributes:
                try:
                    attribute = getattr(value, name)
                except AttributeError:
                    continue
                if attribute is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = show(attribute, level + 1)
                every_part_simple = every_part_simple and simple
                parts.append('%s=%s' % (name, text))
        if every_part_simple and len(parts) <= 3:
            return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
        prefix, sep = separators(level)
        return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False

    return show(node, 0)[0]


# ---------------------------------------------------------------------------------------
# literal_eval

def literal_eval(node_or_string):
    """The value of a literal: a Python expression of strings, bytes, numbers, tuples,
    lists, dicts, sets, booleans, None and Ellipsis (and `set()`, and complex numbers
    written as a sum), as a string or a tree. Anything else raises ValueError."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _LiteralReader().read(tree)


class _LiteralReader:

    def malformed(self, node):
        where = getattr(node, 'lineno', None)
        message = 'malformed node or string'
        if where:
            message += ' on line %d' % where
        raise ValueError('%s: %r' % (message, node))

    def number(self, node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        self.malformed(node)

    def signed_number(self, node):
        if isinstance(node, UnaryOp):
            if isinstance(node.op, USub):
                return -self.number(node.operand)
            if isinstance(node.op, UAdd):
                return +self.number(node.operand)
        return self.number(node)

    def read(self, node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([self.read(item) for item in node.elts])
        if isinstance(node, List):
            return [self.read(item) for item in node.elts]
        if isinstance(node, Set):
            return set([self.read(item) for item in node.elts])
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.malformed(node)
            return dict(zip([self.read(k) for k in node.keys],
                            [self.read(v) for v in node.values]))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = self.signed_number(node.left)
            right = self.number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return self.signed_number(node)


def _compile_source(tree):
    """For compile(tree): the tree checked as CPython checks it (positions and required
    fields present), then unparsed: pymem compiles source text."""
    pending = [tree]
    while pending:
        node = pending.pop()
        cls = type(node)
        owner = _position_owner.get(cls)
        if owner is not None:
            for attr in ('lineno', 'col_offset'):
                if getattr(node, attr, None) is None:
                    raise TypeError('required field "%s" missing from %s' % (attr, owner))
        for field in _required_fields.get(cls, ()):
            if not hasattr(node, field):
                raise TypeError('required field "%s" missing from %s' % (field, cls.__name__))
        pending.extend(reversed(list(iter_child_nodes(node))))
    return unparse(tree)


def unparse(ast_obj):
    """Python source text for the tree `ast_obj`."""
    import _ast_unparse
    return _ast_unparse.unparse(ast_obj)


def main(args=None):
    import argparse
    import sys
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    options = parser.parse_args(args)
    if options.infile == '-':
        name, source = '<stdin>', sys.stdin.read()
    else:
        name = options.infile
        with open(name) as f:
            source = f.read()
    tree = parse(source, name, options.mode)
    print(dump(tree, include_attributes=options.include_attributes, indent=options.indent))


if __name__ == '__main__':
    main()
