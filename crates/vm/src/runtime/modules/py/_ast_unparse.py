# `ast.unparse`: source text for a syntax tree, laid out as CPython 3.12 lays it out (four
# spaces per level, a blank line before each `def`/`class` that follows other output,
# docstrings in triple quotes, parentheses only where precedence needs them, with 3.12's
# choices: `x = (1, 2)`, `f((x for x in y))`, `2 ** (-1)`, `1 .real`).
#
# Expressions are rendered bottom-up: each rendering function gets the binding strength its
# position requires and returns text, parenthesised when the node binds more loosely.

import sys

import ast

# Binding strengths, loosest first.
(NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM,
 FACTOR, POWER, AWAIT, ATOM) = range(1, 19)

_BINARY = {
    ast.Add: ('+', ARITH), ast.Sub: ('-', ARITH), ast.Mult: ('*', TERM),
    ast.MatMult: ('@', TERM), ast.Div: ('/', TERM), ast.Mod: ('%', TERM),
    ast.FloorDiv: ('//', TERM), ast.Pow: ('**', POWER), ast.LShift: ('<<', SHIFT),
    ast.RShift: ('>>', SHIFT), ast.BitOr: ('|', BOR), ast.BitXor: ('^', BXOR),
    ast.BitAnd: ('&', BAND),
}
_UNARY = {ast.Not: ('not ', NOT), ast.USub: ('-', FACTOR), ast.UAdd: ('+', FACTOR),
          ast.Invert: ('~', FACTOR)}
_COMPARE = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>',
            ast.GtE: '>=', ast.Is: 'is', ast.IsNot: 'is not', ast.In: 'in',
            ast.NotIn: 'not in'}

# Out-of-range floats are written as a literal that overflows to infinity.
_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)

_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")


def _quote_choices(text, choices, keep_layout):
    """Escape `text` for a string literal and narrow `choices` to the quotes that can
    hold it. Returns (body, usable quotes); no usable quote means `repr` has to do."""
    pieces = []
    for ch in text:
        if keep_layout and ch in '\n\t':
            pieces.append(ch)
        elif ch == '\\':
            pieces.append('\\\\')
        elif not ch.isprintable():
            # repr's escape of a lone unprintable character (\n, \x00, \u2028...).
            pieces.append(repr(ch)[1:-1])
        else:
            pieces.append(ch)
    body = ''.join(pieces)
    usable = [q for q in choices if q not in body]
    if '\n' in body:
        usable = [q for q in usable if len(q) == 3]
    if usable and body:
        # A quote character may not end the body right before the same closing quote:
        # prefer quotes that differ, else escape that last character.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


def _docstring(node):
    body, usable = _quote_choices(node.value, list(_TRIPLE_QUOTES), True)
    prefix = 'u' if getattr(node, 'kind', None) == 'u' else ''
    if not usable:
        text = repr(node.value)
        return prefix + text
    return prefix + usable[0] + body + usable[0]


class _Unparser:

    def __init__(self):
        self.lines = []
        self.level = 0

    # -- statements ---------------------------------------------------------------------

    def line(self, text):
        self.lines.append('    ' * self.level + text)

    def blank_before_definition(self):
        if self.lines:
            self.lines.append('')

    def block(self, header, body):
        self.line(header + ':')
        self.level += 1
        self.statements(body)
        self.level -= 1

    def body_with_docstring(self, header, body):
        self.line(header + ':')
        self.level += 1
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            self.line(_docstring(body[0].value))
            body = body[1:]
        self.statements(body)
        self.level -= 1

    def statements(self, body):
        for node in body:
            self.statement(node)

    def statement(self, node):
        handler = getattr(self, 's_' + type(node).__name__, None)
        if handler is None:
            raise ValueError('unparse: unexpected node %s' % type(node).__name__)
        handler(node)

    def module(self, node):
        body = node.body
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            self.line(_docstring(body[0].value))
            body = body[1:]
        self.statements(body)

    def s_Expr(self, node):
        self.line(expr(node.value, YIELD))

    def s_Assign(self, node):
        targets = ''.join(expr(t, TUPLE) + ' = ' for t in node.targets)
        self.line(targets + expr(node.value))

    def s_AugAssign(self, node):
        op = _BINARY[type(node.op)][0]
        self.line('%s %s= %s' % (expr(node.target), op, expr(node.value)))

    def s_AnnAssign(self, node):
        target = expr(node.target)
        if not node.simple and isinstance(node.target, ast.Name):
            target = '(%s)' % target
        text = '%s: %s' % (target, expr(node.annotation))
        if node.value is not None:
            text += ' = ' + expr(node.value)
        self.line(text)

    def s_Return(self, node):
        self.line('return' if node.value is None else 'return ' + expr(node.value))

    def s_Pass(self, node):
        self.line('pass')

    def s_Break(self, node):
        self.line('break')

    def s_Continue(self, node):
        self.line('continue')

    def s_Delete(self, node):
        self.line('del ' + ', '.join(expr(t) for t in node.targets))

    def s_Assert(self, node):
        text = 'assert ' + expr(node.test)
        if node.msg is not None:
            text += ', ' + expr(node.msg)
        self.line(text)

    def s_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def s_Raise(self, node):
        text = 'raise'
        if node.exc is not None:
            text += ' ' + expr(node.exc)
            if node.cause is not None:
                text += ' from ' + expr(node.cause)
        self.line(text)

    def s_Import(self, node):
        self.line('import ' + ', '.join(_alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        source = '.' * (node.level or 0) + (node.module or '')
        self.line('from %s import %s' % (source, ', '.join(_alias(a) for a in node.names)))

    def s_If(self, node):
        self.block('if ' + expr(node.test), node.body)
        orelse = node.orelse
        # A lone `If` in `else` is an `elif`.
        while len(orelse) == 1 and isinstance(orelse[0], ast.If):
            inner = orelse[0]
            self.block('elif ' + expr(inner.test), inner.body)
            orelse = inner.orelse
        if orelse:
            self.block('else', orelse)

    def s_While(self, node):
        self.block('while ' + expr(node.test), node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def _for(self, node, keyword):
        self.block('%s %s in %s' % (keyword, expr(node.target, TUPLE), expr(node.iter)),
                   node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def s_For(self, node):
        self._for(node, 'for')

    def s_AsyncFor(self, node):
        self._for(node, 'async for')

    def _with(self, node, keyword):
        items = []
        for item in node.items:
            text = expr(item.context_expr)
            if item.optional_vars is not None:
                text += ' as ' + expr(item.optional_vars)
            items.append(text)
        self.block('%s %s' % (keyword, ', '.join(items)), node.body)

    def s_With(self, node):
        self._with(node, 'with')

    def s_AsyncWith(self, node):
        self._with(node, 'async with')

    def _try(self, node, star):
        self.block('try', node.body)
        for handler in node.handlers:
            header = 'except*' if star else 'except'
            if handler.type is not None:
                header += ' ' + expr(handler.type)
            if handler.name:
                header += ' as ' + handler.name
            self.block(header, handler.body)
        if node.orelse:
            self.block('else', node.orelse)
        if node.finalbody:
            self.block('finally', node.finalbody)

    def s_Try(self, node):
        self._try(node, False)

    def s_TryStar(self, node):
        self._try(node, True)

    def _function(self, node, keyword):
        self.blank_before_definition()
        for decorator in node.decorator_list:
            self.line('@' + expr(decorator))
        header = '%s %s%s(%s)' % (keyword, node.name, _type_params(node),
                                  _arguments(node.args, True))
        if node.returns is not None:
            header += ' -> ' + expr(node.returns)
        self.body_with_docstring(header, node.body)

    def s_FunctionDef(self, node):
        self._function(node, 'def')

    def s_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def s_ClassDef(self, node):
        self.blank_before_definition()
        for decorator in node.decorator_list:
            self.line('@' + expr(decorator))
        parts = [expr(b) for b in node.bases] + [_keyword(k) for k in node.keywords]
        header = 'class ' + node.name + _type_params(node)
        if parts:
            header += '(%s)' % ', '.join(parts)
        self.body_with_docstring(header, node.body)

    def s_TypeAlias(self, node):
        self.line('type %s%s = %s' % (expr(node.name), _type_params(node), expr(node.value)))

    def s_Match(self, node):
        self.line('match %s:' % expr(node.subject))
        self.level += 1
        for case in node.cases:
            header = 'case ' + pattern(case.pattern)
            if case.guard is not None:
                header += ' if ' + expr(case.guard)
            self.block(header, case.body)
        self.level -= 1


def _alias(node):
    return node.name if node.asname is None else '%s as %s' % (node.name, node.asname)


def _keyword(node):
    if node.arg is None:
        return '**' + expr(node.value)
    return '%s=%s' % (node.arg, expr(node.value))


def _type_params(node):
    params = getattr(node, 'type_params', None)
    if not params:
        return ''
    shown = []
    for p in params:
        if isinstance(p, ast.TypeVar):
            shown.append(p.name if p.bound is None else '%s: %s' % (p.name, expr(p.bound)))
        elif isinstance(p, ast.TypeVarTuple):
            shown.append('*' + p.name)
        else:
            shown.append('**' + p.name)
    return '[%s]' % ', '.join(shown)


def _arguments(args, annotations):
    def one(a, default=None):
        text = a.arg
        if annotations and a.annotation is not None:
            text += ': ' + expr(a.annotation)
        if default is not None:
            text += '=' + expr(default)
        return text

    shown = []
    positional = args.posonlyargs + args.args
    # Defaults belong to the last positional parameters.
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for index, (a, default) in enumerate(zip(positional, defaults)):
        shown.append(one(a, default))
        if index + 1 == len(args.posonlyargs):
            shown.append('/')
    if args.vararg is not None:
        shown.append('*' + one(args.vararg))
    elif args.kwonlyargs:
        shown.append('*')
    for a, default in zip(args.kwonlyargs, args.kw_defaults):
        shown.append(one(a, default))
    if args.kwarg is not None:
        shown.append('**' + one(args.kwarg))
    return ', '.join(shown)


def _wrap(text, own, required):
    return '(%s)' % text if own < required else text


def _constant(value, kind=None):
    if value is ...:
        return '...'
    if isinstance(value, (float, complex)):
        return repr(value).replace('inf', _HUGE).replace('nan', '(%s-%s)' % (_HUGE, _HUGE))
    if isinstance(value, tuple):
        if len(value) == 1:
            return '(%s,)' % _constant(value[0])
        return '(%s)' % ', '.join(_constant(v) for v in value)
    text = repr(value)
    return 'u' + text if kind == 'u' else text


def _items(elts):
    if len(elts) == 1:
        return expr(elts[0]) + ','
    return ', '.join(expr(e) for e in elts)


def _generators(generators):
    text = ''
    for g in generators:
        text += ' async for ' if g.is_async else ' for '
        text += expr(g.target, TUPLE) + ' in ' + expr(g.iter, OR)
        for condition in g.ifs:
            text += ' if ' + expr(condition, OR)
    return text


def expr(node, required=TEST):
    render = _EXPRESSIONS.get(type(node))
    if render is None:
        for cls in type(node).__mro__:
            render = _EXPRESSIONS.get(cls)
            if render is not None:
                break
        else:
            raise ValueError('unparse: unexpected node %s' % type(node).__name__)
    return render(node, required)


def _e_name(node, required):
    return node.id


def _e_constant(node, required):
    return _constant(node.value, getattr(node, 'kind', None))


def _e_tuple(node, required):
    if not node.elts:
        return '()'
    return _wrap(_items(node.elts), TUPLE, required)


def _e_list(node, required):
    return '[%s]' % ', '.join(expr(e) for e in node.elts)


def _e_set(node, required):
    if not node.elts:
        # `{}` would be a dict.
        return '{*()}'
    return '{%s}' % ', '.join(expr(e) for e in node.elts)


def _e_dict(node, required):
    shown = []
    for key, value in zip(node.keys, node.values):
        if key is None:
            shown.append('**' + expr(value, BOR))
        else:
            shown.append('%s: %s' % (expr(key), expr(value)))
    return '{%s}' % ', '.join(shown)


def _e_named(node, required):
    text = '%s := %s' % (expr(node.target, ATOM), expr(node.value, ATOM))
    return _wrap(text, NAMED, required)


def _e_yield(node, required):
    text = 'yield' if node.value is None else 'yield ' + expr(node.value, ATOM)
    return _wrap(text, YIELD, required)


def _e_yield_from(node, required):
    return _wrap('yield from ' + expr(node.value, ATOM), YIELD, required)


def _e_await(node, required):
    return _wrap('await ' + expr(node.value, ATOM), AWAIT, required)


def _e_lambda(node, required):
    params = _arguments(node.args, False)
    text = ('lambda %s: ' % params if params else 'lambda: ') + expr(node.body)
    return _wrap(text, TEST, required)


def _e_ifexp(node, required):
    text = '%s if %s else %s' % (expr(node.body, OR), expr(node.test, OR),
                                 expr(node.orelse, TEST))
    return _wrap(text, TEST, required)


def _e_boolop(node, required):
    word, own = (' and ', AND) if isinstance(node.op, ast.And) else (' or ', OR)
    # Each later operand binds tighter, so nested operations keep their parentheses.
    text = word.join(expr(v, own + 1 + i) for i, v in enumerate(node.values))
    return _wrap(text, own, required)


def _e_binop(node, required):
    symbol, own = _BINARY[type(node.op)]
    if own == POWER:
        left, right = expr(node.left, own + 1), expr(node.right, own)
    else:
        left, right = expr(node.left, own), expr(node.right, own + 1)
    return _wrap('%s %s %s' % (left, symbol, right), own, required)


def _e_unaryop(node, required):
    symbol, own = _UNARY[type(node.op)]
    return _wrap(symbol + expr(node.operand, own), own, required)


def _e_compare(node, required):
    text = expr(node.left, CMP + 1)
    for op, right in zip(node.ops, node.comparators):
        text += ' %s %s' % (_COMPARE[type(op)], expr(right, CMP + 1))
    return _wrap(text, CMP, required)


def _e_call(node, required):
    parts = [expr(a) for a in node.args] + [_keyword(k) for k in node.keywords]
    return '%s(%s)' % (expr(node.func, ATOM), ', '.join(parts))


def _e_attribute(node, required):
    value = expr(node.value, ATOM)
    # `1.real` would read as a float: an int (or bool) gets a space before the dot.
    if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
        value += ' '
    return '%s.%s' % (value, node.attr)


def _e_subscript(node, required):
    index = node.slice
    if isinstance(index, ast.Tuple) and index.elts:
        inner = _items(index.elts)
    else:
        inner = expr(index)
    return '%s[%s]' % (expr(node.value, ATOM), inner)


def _e_slice(node, required):
    text = ''
    if node.lower is not None:
        text += expr(node.lower)
    text += ':'
    if node.upper is not None:
        text += expr(node.upper)
    if node.step is not None:
        text += ':' + expr(node.step)
    return text


def _e_starred(node, required):
    return '*' + expr(node.value, BOR)


def _e_listcomp(node, required):
    return '[%s%s]' % (expr(node.elt), _generators(node.generators))


def _e_setcomp(node, required):
    return '{%s%s}' % (expr(node.elt), _generators(node.generators))


def _e_genexp(node, required):
    return '(%s%s)' % (expr(node.elt), _generators(node.generators))


def _e_dictcomp(node, required):
    return '{%s: %s%s}' % (expr(node.key), expr(node.value), _generators(node.generators))


def _field_text(node):
    # One replacement field of an f-string: `{expression!c:spec}`.
    inner = expr(node.value, OR)
    if inner.startswith('{'):
        # `{{` would be an escaped brace.
        inner = ' ' + inner
    if '\\' in inner:
        raise ValueError('Unable to avoid backslash in f-string expression part')
    if node.conversion != -1:
        inner += '!' + chr(node.conversion)
    if node.format_spec is not None:
        inner += ':' + _spec_text(node.format_spec)
    return '{%s}' % inner


def _spec_text(node):
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            # A spec's text cannot hold a raw line break or quote: escape them.
            text = value.value.replace('{', '{{').replace('}', '}}').replace('\\', '\\\\')
            text = text.replace("'", "\\'").replace('"', '\\"').replace('\n', '\\n')
            parts.append(text)
        else:
            parts.append(_field_text(value))
    return ''.join(parts)


def _e_joinedstr(node, required):
    quotes = list(_SINGLE_QUOTES + _TRIPLE_QUOTES)
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            text = value.value.replace('{', '{{').replace('}', '}}')
            body, usable = _quote_choices(text, quotes, False)
            if not usable:
                return 'f' + repr(''.join(_plain_text(v) for v in node.values))
            quotes = usable
            parts.append(body)
        else:
            text = _field_text(value)
            if '\n' in text:
                quotes = [q for q in quotes if len(q) == 3]
            parts.append(text)
    quote = quotes[0] if quotes else "'"
    return 'f%s%s%s' % (quote, ''.join(parts), quote)


def _plain_text(value):
    if isinstance(value, ast.Constant):
        return value.value.replace('{', '{{').replace('}', '}}')
    return _field_text(value)


def _e_formatted(node, required):
    return 'f' + repr(_field_text(node))


_EXPRESSIONS = {
    ast.Name: _e_name, ast.Constant: _e_constant, ast.Tuple: _e_tuple, ast.List: _e_list,
    ast.Set: _e_set, ast.Dict: _e_dict, ast.NamedExpr: _e_named, ast.Yield: _e_yield,
    ast.YieldFrom: _e_yield_from, ast.Await: _e_await, ast.Lambda: _e_lambda,
    ast.IfExp: _e_ifexp, ast.BoolOp: _e_boolop, ast.BinOp: _e_binop,
    ast.UnaryOp: _e_unaryop, ast.Compare: _e_compare, ast.Call: _e_call,
    ast.Attribute: _e_attribute, ast.Subscript: _e_subscript, ast.Slice: _e_slice,
    ast.Starred: _e_starred, ast.ListComp: _e_listcomp, ast.SetComp: _e_setcomp,
    ast.GeneratorExp: _e_genexp, ast.DictComp: _e_dictcomp,
    ast.JoinedStr: _e_joinedstr, ast.FormattedValue: _e_formatted,
}


def pattern(node, required=TEST):
    if isinstance(node, ast.MatchValue):
        return expr(node.value)
    if isinstance(node, ast.MatchSingleton):
        return repr(node.value)
    if isinstance(node, ast.MatchSequence):
        return '[%s]' % ', '.join(pattern(p) for p in node.patterns)
    if isinstance(node, ast.MatchStar):
        return '*' + (node.name or '_')
    if isinstance(node, ast.MatchMapping):
        shown = ['%s: %s' % (expr(k), pattern(p)) for k, p in zip(node.keys, node.patterns)]
        if node.rest is not None:
            shown.append('**' + node.rest)
        return '{%s}' % ', '.join(shown)
    if isinstance(node, ast.MatchClass):
        shown = [pattern(p) for p in node.patterns]
        shown += ['%s=%s' % (a, pattern(p))
                  for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
        return '%s(%s)' % (expr(node.cls), ', '.join(shown))
    if isinstance(node, ast.MatchAs):
        if node.pattern is None:
            return node.name or '_'
        text = '%s as %s' % (pattern(node.pattern, BOR), node.name)
        return _wrap(text, TEST, required)
    if isinstance(node, ast.MatchOr):
        text = ' | '.join(pattern(p, BOR + 1) for p in node.patterns)
        return _wrap(text, BOR, required)
    raise ValueError('unparse: unexpected node %s' % type(node).__name__)


def unparse(node):
    writer = _Unparser()
    if isinstance(node, ast.Module):
        writer.module(node)
    elif isinstance(node, ast.Interactive):
        # CPython 3.12 shows only the last statement of an Interactive.
        writer.statements(node.body[-1:])
    elif isinstance(node, ast.Expression):
        return expr(node.body)
    elif isinstance(node, ast.stmt):
        writer.statement(node)
    elif isinstance(node, ast.pattern):
        return pattern(node)
    elif isinstance(node, ast.arguments):
        return _arguments(node, True)
    elif isinstance(node, ast.keyword):
        return _keyword(node)
    elif isinstance(node, ast.alias):
        return _alias(node)
    elif isinstance(node, ast.arg):
        return one_arg(node)
    else:
        return expr(node)
    return '\n'.join(writer.lines)


def one_arg(node):
    if node.annotation is None:
        return node.arg
    return '%s: %s' % (node.arg, expr(node.annotation))
