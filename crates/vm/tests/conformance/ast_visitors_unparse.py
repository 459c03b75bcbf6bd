# ast helpers: walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer,
# copy_location, fix_missing_locations, increment_lineno, get_source_segment,
# get_docstring; and ast.unparse on the common node types.
import ast

SOURCE = '''\
"""Module doc."""
import os

def add(a, b=1):
    """Add two things.

        Indented more.
    """
    total = a + b
    return total

class Box:
    "A box."
    size = 10

    def grow(self, n):
        self.size += n * 2
        return self.size
'''
tree = ast.parse(SOURCE)

print('--- walk')
print([type(n).__name__ for n in ast.walk(tree)][:25])
print(sum(1 for _ in ast.walk(tree)))
print('--- iter_fields / iter_child_nodes')
func = tree.body[2]
print([name for name, _ in ast.iter_fields(func)])
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print(list(ast.iter_fields(ast.Name('x'))))

print('--- NodeVisitor')


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


visitor = Names()
visitor.visit(tree)
print(visitor.seen)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.count = 0

    def generic_visit(self, node):
        self.count += 1
        super().generic_visit(node)


c = Counter()
c.visit(tree)
print('generic visits', c.count)
print(ast.NodeVisitor().visit(ast.Name('x')))

print('--- NodeTransformer')


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'total':
            return ast.copy_location(ast.Name(id='result', ctx=node.ctx), node)
        return node

    def visit_Expr(self, node):
        # Docstrings go.
        if isinstance(node.value, ast.Constant):
            return None
        return node

    def visit_Import(self, node):
        return [node, ast.Import(names=[ast.alias(name='sys')])]

    def visit_Return(self, node):
        self.generic_visit(node)
        return node


new = ast.fix_missing_locations(Rename().visit(ast.parse(SOURCE)))
print(ast.unparse(new))
print(ast.dump(new.body[1], include_attributes=True))


class DropValue(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None


ret = ast.parse('return 1').body[0]
DropValue().visit(ret)
print(ast.dump(ret), hasattr(ret, 'value'), ret.value)

print('--- locations')
node = ast.parse('x + 1', mode='eval').body
new = ast.copy_location(ast.Constant(value=0), node)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name('x', ast.Load(), lineno=2, col_offset=1, end_lineno=None)
copied = ast.copy_location(ast.Name('y', ast.Load()), partial)
print({k: v for k, v in vars(copied).items() if k != 'ctx'})
print(vars(ast.copy_location(ast.Name('z'), ast.Name('x'))))
print(vars(ast.copy_location(ast.arguments(), node)))
fresh = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name('f', ast.Load()), args=[ast.Constant(1)], keywords=[]))], type_ignores=[])
ast.fix_missing_locations(fresh)
print(ast.dump(fresh, include_attributes=True))
inner = ast.Expr(value=ast.Name('q', ast.Load()), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5)
wrapped = ast.fix_missing_locations(ast.Module(body=[inner], type_ignores=[]))
print(ast.dump(wrapped, include_attributes=True))
moved = ast.increment_lineno(ast.parse('a = 1\nb = 2'), 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, 'lineno')])
print(ast.increment_lineno(ast.Name('x', lineno=1, end_lineno=None)).end_lineno)

print('--- get_source_segment')
src = 'x = foo(1,\n        2)\ny = "héllo" + z\n\tif a:\n\t    pass\n'
t = ast.parse(src.replace('\t', ''))
src2 = src.replace('\t', '')
for n in ast.walk(t):
    if isinstance(n, (ast.Call, ast.Constant, ast.Name, ast.If, ast.BinOp)):
        print(type(n).__name__, repr(ast.get_source_segment(src2, n)))
call = t.body[0].value
print(repr(ast.get_source_segment(src2, call, padded=True)))
print(ast.get_source_segment(src2, ast.Name('x')))
print(ast.get_source_segment('a\r\nbb = 1\rc', ast.parse('a\r\nbb = 1\rc').body[1]))

print('--- get_docstring')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(repr(ast.get_docstring(tree.body[3])))
print(repr(ast.get_docstring(tree.body[3].body[2])))
print(repr(ast.get_docstring(ast.parse('x = 1'))))
print(repr(ast.get_docstring(ast.parse('def f(): pass').body[0])))
print(repr(ast.get_docstring(ast.parse('b"bytes"'))))
try:
    ast.get_docstring(ast.parse('x').body[0])
except TypeError as e:
    print('TypeError:', e)

print('--- unparse')
CASES = [
    "x = 1, 2", "a, b = x", "for a, b in (1, 2): pass", "return 1, 2", "1, 2", "x = yield",
    "yield x", "(y := a + b)", "f(x for x in y)", "f((x for x in y), 1)", "-x ** 2",
    "(-x) ** 2", "2 ** -1", "a ** b ** c", "(a ** b) ** c", "a and b and c",
    "(a and b) and c", "a and (b and c)", "a or b and c", "not a and b", "not (a and b)",
    "a - (b - c)", "(a - b) - c", "a * (b + c)", "1 .real", "(1).real", "1.5.real",
    "a[1:2, ::3]", "a[1,]", "a[()]", "a[:]", "a[b, *c]", "lambda: 0",
    "lambda x, /, y=1, *a, z, w=2, **k: x", "a if b else c", "(a if b else c) if d else e",
    "{}", "{1: 2, **d}", "{1, 2}", "[*a, *b]", "{k: v for k, v in x if k}",
    "[x async for x in y]", "print(*a, sep='', **k)", "await x", "del a, b", "del (a, b)",
    "assert x, 'msg'", "raise E from e", "raise", "import a.b as c, d", "from .. import x",
    "from .m import (a as b)", "global a, b", "x: int = 1", "(x): int", "x += 1", "x @= y",
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
    "if a:\n  pass\nelse:\n  if b:\n    pass\n  x = 1",
    "while x:\n  break\nelse:\n  continue", "with a as b, c as (d, e): pass",
    "async def f():\n  async with a: pass\n  async for x in y: pass\n  await z",
    "try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
    "try:\n  pass\nexcept* E:\n  pass",
    "x = 1\ndef f(a, b=2, *args, c, d=4, **kw) -> int:\n  '''doc'''\n  return a\ny = 2",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n  'doc'\n  x = 1\n  def m(self): pass",
    "def f(a: int = 1, *, b: str) -> None:\n  def g(): pass",
    "class C(): pass", "def f[T: int, *Ts, **P](): pass", "type X[T] = list[T]",
    "match x:\n  case 1 | 2: pass\n  case [a, *rest]: pass\n  case {'k': v, **r}: pass\n  case P(1, y=2) as p if p: pass\n  case None: pass\n  case _: pass\n  case (a, b): pass\n  case (1 | 2) as z: pass",
    "f'a{b}c'", "f'{x!r:>{w}}'", "f'{x=}'", "f'{a}' 'b' f'{c}'", "f'{{}}'", "f'{x:.2f}'",
    "'a' 'b'", "u'x'", "b'\\x00'", "x = '\\n'", "x = \"it's\"", "'''doc'''", "x = 1\n'not doc'",
    "def f():\n  'a\\'b\"'\n", "def f():\n  \"\"\"Multi\n  line\"\"\"\n",
    "1e400", "x = -1e400", "1j", "(1+2j)", "0x10", "...", "x = -1", "-(-1)", "~x", "not not x",
    "a < b < c", "a not in b", "a is not b", "(a < b) < c", "f(a)(b)[c].d", "(a + b).c",
    "x = *a,", "a = b = c", "*a, b = c", "x = (a := 1)", "f(a := 1)", "a[b:=1]",
    "x = a if b else (lambda: c)", "class A(B, C, **kw): pass", "nonlocal x",
    "x = {**a, 'b': 1}", "print(*(a, b))", "x = [i for i in range(3) if i if not i]",
    "x = (i for i in y)", "x = {i: i for i in y}", "del x[0], y.z",
]
for src in CASES:
    print('source:', repr(src))
    print(ast.unparse(ast.parse(src)))
print(ast.unparse(ast.parse('x + 1', mode='eval')))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(ast.unparse(ast.Constant(value=(1, 'a'))))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.parse('def f(): pass').body[0]))
print(ast.unparse(ast.parse(SOURCE)))
