# ast edge cases: deep nesting (an exception, never a crash), non-ASCII sources (columns
# count UTF-8 bytes), SyntaxWarnings from ast.parse, compile() with PyCF_ONLY_AST and
# compile() of a tree, and the `_ast` module's view of the classes.
import ast
import sys

print('--- deep nesting')
for src in ['-' * 5000 + '1', 'a+' * 5000 + 'a', '(' * 150 + ')' * 150, '[' * 250 + ']' * 250,
            'not ' * 3000 + 'x', 'f' + '()' * 5000, 'x' + '.a' * 5000, 'lambda: ' * 2000 + '0',
            'if x:\n' + ''.join(' ' * i + 'if x:\n' for i in range(1, 50)) + ' ' * 50 + 'pass']:
    try:
        tree = ast.parse(src)
        print('parsed', len(src), sum(1 for _ in ast.walk(tree)))
    except (SyntaxError, RecursionError) as e:
        print(type(e).__name__, e)

print('--- non-ASCII')
src = 'x = "héllo"; y = 1\n# ü\nz = "€" + q  # ñ\nπ = ("日本", b"\\xff")'
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.Name, ast.Constant, ast.BinOp, ast.Tuple)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(src, node)))

print('--- warnings')
sys.stderr.flush()
tree = ast.parse('x = "\\d"\ny = 1')
print(ast.dump(tree.body[0].value))
sys.stderr.flush()

print('--- compile')
tree = compile('a + b * 2', '<tree>', 'eval', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, '<tree>', 'eval', ast.PyCF_ONLY_AST) is tree)
print(eval(compile(tree, '<tree>', 'eval'), {'a': 1, 'b': 20}))
module = ast.parse('total = 0\nfor i in range(5):\n    total += i\nprint("total", total)')
exec(compile(module, '<tree>', 'exec'))
module.body[0].value = ast.copy_location(ast.Constant(100), module.body[0].value)
namespace = {}
exec(compile(module, '<tree>', 'exec'), namespace)
print(namespace['total'])
built = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(built), '<built>', 'exec'))
for tree, mode in [(ast.parse('1', mode='eval'), 'exec'), (ast.Module(body=[ast.Pass()], type_ignores=[]), 'exec'),
                   (ast.Module(body=[ast.Expr(ast.Name(lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'exec'),
                   (ast.Expression(body=ast.Constant(1, lineno=1)), 'eval'), (ast.Module(body=[]), 'exec'),
                   (ast.Expression(body=ast.Constant(7, lineno=1, col_offset=0)), 'eval')]:
    try:
        print(eval(compile(tree, '<t>', mode)))
    except TypeError as e:
        print('TypeError:', e)
try:
    compile('x = (', '<bad>', 'exec', ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename, e.lineno)

print('--- _ast')
import _ast
print(_ast.Name is ast.Name, _ast.AST is ast.AST, _ast.expr is ast.expr)
print(ast.parse('x').body[0].value.ctx is ast.parse('y = 1').body[0].value.__class__ or 'ctx')
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)

print('--- single mode without a statement')
for src in ['', '\n', '# c', '\n\n', '  \n', 'x\n\n']:
    try:
        print(repr(src), ast.dump(ast.parse(src, mode='single')))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
