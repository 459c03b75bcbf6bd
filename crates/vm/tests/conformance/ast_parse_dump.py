# ast.parse and ast.dump: node classes, fields, positions (UTF-8 byte columns), the
# 3.12 way of leaving out None defaults, indent, annotate_fields, and parse errors.
import ast

SOURCES = [
    "x = 1",
    "a, b = b, a",
    "x: int = 1\n(y): str\nz.w: 'T'",
    "x += 1; del x[0], y.z",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "while x:\n    break\nelse:\n    continue",
    "for i, j in enumerate(x):\n    print(i)\nelse:\n    pass",
    "@dec\n@dec2(1)\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a",
    "@dataclass\nclass C(Base, metaclass=Meta):\n    x: int = 0\n    def m(self): ...",
    "async def f():\n    async with a as b:\n        await b\n    async for i in y:\n        yield i\n    return [x async for x in z]",
    "try:\n    pass\nexcept (A, B) as e:\n    raise E from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as fh, lock:\n    pass",
    "import os.path as p, sys\nfrom . import a\nfrom ..m import (b as c, d)\nfrom x import *",
    "global g\nnonlocal n",
    "assert x, 'message'",
    "lambda: 0\nlambda x, *y, z=1, **w: x",
    "a if b else c",
    "x and y or not z",
    "a < b <= c != d is not e not in f",
    "-x + +y * ~z ** 2 // 3 % 4 @ m >> 1 << 2 & 3 | 4 ^ 5",
    "f(a, *b, c=1, **d)",
    "f(x for x in y)",
    "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)",
    "{}\n{1: 2, **d}\n{1, 2}\n[1, 2]\n()\n(1,)",
    "a[1]\na[1:2]\na[::3]\na[1:2, 3]\na[b, *c]",
    "x.y.z = 1",
    "(n := 10)",
    "print(f'{x!r:>{width}} and {y=} {z:.2f}' 'tail')",
    "f'{a}{{}}' f''",
    "'a' 'b'\nu'uni'\nb'by' b'tes'\nr'\\d'",
    "1\n1.5\n2j\n0xff\n1_000_000\n10**100\n123456789012345678901234567890\nNone\nTrue\nFalse\n...",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case str() as s if s:\n        pass\n    case None | True | -1 | 1+2j:\n        pass\n    case _:\n        pass",
    "type Alias[T: int, *Ts, **P] = list[T]",
    "def g[T](x: T) -> T: pass\nclass K[T]: pass",
    "x = 'héllo' + 'wörld'\ny = 1",
    "def f():\n    '''Doc\n    string'''\n    x = (yield)\n    y = yield from z",
    "return 1\nbreak\ncontinue",
    "def f(a, a): pass",
    "from __future__ import braces",
    "if x:\n    pass\n# comment\n\n\nelse:\n    pass",
    "@ decorator  # note\n\n# comment\nclass C: pass",
]

for src in SOURCES:
    print('source:', repr(src))
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print('--- modes')
print(ast.dump(ast.parse('x + 1', mode='eval')))
print(ast.dump(ast.parse('x = 1; y = 2', mode='single')))
print(ast.dump(ast.parse('if x:\n    y\n', mode='single')))
print(ast.dump(ast.parse(b'x = 1')))
print(ast.dump(ast.parse('x', 'file.py', 'exec')))

print('--- dump options')
tree = ast.parse('def f(a, b=1):\n    return a + b\nx = [1, (2, 3)]')
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='\t'))
print(ast.dump(tree, indent=0))
print(ast.dump(tree, annotate_fields=False, include_attributes=True, indent=2))
print(ast.dump(ast.Name(id='x')))
print(ast.dump(ast.Name('x', ast.Load(), lineno=3), include_attributes=True))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Constant(value=1, kind='u')))
print(ast.dump(ast.ImportFrom(module=None, names=[], level=None)))
print(ast.dump(ast.arguments()))
print(ast.dump(ast.Raise(exc=None), annotate_fields=False))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), annotate_fields=False))
print(ast.dump(ast.Call(ast.Name('f'), [], [], lineno=1, col_offset=0), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.List(elts=[ast.Constant(1), 'text', 3, None])))
try:
    ast.dump([ast.Name('x')])
except TypeError as e:
    print('TypeError:', e)

print('--- node classes')
for cls in (ast.Module, ast.Expression, ast.Interactive, ast.FunctionDef, ast.Name,
            ast.Constant, ast.arguments, ast.arg, ast.keyword, ast.alias,
            ast.comprehension, ast.ExceptHandler, ast.withitem, ast.match_case,
            ast.MatchAs, ast.TypeVar, ast.Load, ast.Add, ast.stmt, ast.expr, ast.AST):
    print(cls.__name__, cls.__module__, cls._fields, cls._attributes,
          cls.__mro__[1].__name__)
print(ast.Name.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.operator.__doc__)
print(ast.expr_context.__doc__)
print(ast.excepthandler.__doc__)
print(ast.Name.__match_args__, ast.ImportFrom.__match_args__)
print(ast.ImportFrom.module, ast.ImportFrom.level, ast.Constant.kind, ast.expr.end_lineno,
      ast.arg.end_col_offset, hasattr(ast.pattern, 'end_lineno'))
tree = ast.parse('x = y')
assign = tree.body[0]
print(isinstance(assign, ast.stmt), isinstance(assign, ast.AST), isinstance(assign.value, ast.expr))
print(isinstance(assign.targets[0].ctx, ast.expr_context), type(assign.targets[0].ctx).__name__)
print(assign.value.ctx is ast.parse('z').body[0].value.ctx or 'not shared across trees')
print(assign.lineno, assign.col_offset, assign.end_lineno, assign.end_col_offset)
print(sorted(vars(assign.value)))
print(vars(ast.parse('1').body[0].value))

print('--- constructing nodes')


def plain(node):
    # Attribute values, nodes shown by dump (their repr has an address).
    return {k: ast.dump(v) if isinstance(v, ast.AST) else v for k, v in vars(node).items()}


n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, plain(n))
n = ast.Name(id='y', ctx=ast.Store(), lineno=4, extra='kept')
print(plain(n))
print(vars(ast.Name()), vars(ast.arguments()))
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError:', e)
for make in (lambda: ast.Name('a', ast.Load(), 'extra'), lambda: ast.Pass(1),
             lambda: ast.Return(1, 2), lambda: ast.Name('x', id='y'),
             lambda: ast.AST(1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
print(ast.Name('x').__reduce__()[0].__name__, ast.Name('x').__reduce__()[1:])
import copy
tree = ast.parse('f(a, b=[1, 2])')
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone.body[0] is not tree.body[0])
match ast.parse('x + 1', mode='eval').body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print('matched', id, value)

print('--- errors')
ERRORS = [
    ('1 +', 'exec'), ('x = (', 'exec'), ('f(**a, *b)', 'exec'), ('x := 1', 'exec'),
    ('[*a for a in b]', 'exec'), ('a = 1; b = 2\nc = 3', 'single'), (' 1', 'eval'),
    ('def f(:\n    pass', 'exec'), ('x = 1 +* 2', 'exec'), ('  x = 1', 'exec'),
    ('if x:\npass', 'exec'), ('a b', 'exec'), ('f() = 1', 'exec'), ('x = 1', 'eval'),
]
for src, mode in ERRORS:
    try:
        ast.parse(src, '<test>', mode)
        print('parsed', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.filename, e.lineno)
for args in [('x', '<u>', 'bogus'), (1,), ('a\0b',), ('x', 3)]:
    try:
        ast.parse(*args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
