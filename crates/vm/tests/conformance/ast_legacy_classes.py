# The classes of older Pythons that 3.12 keeps, deprecated: Num, Str, Bytes, NameConstant,
# Ellipsis (making and recognising Constants), Index, ExtSlice, the n/s attributes, and
# NodeVisitor's visit_Num/visit_Str fallbacks.
import ast
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    n = ast.Num(5); print(type(n).__name__, ast.dump(n))
    print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('s'), ast.Str))
    print(isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name('x'), ast.Num))
    s = ast.Str('x'); print(s.s, s.value)
    c = ast.Constant(3); print(c.n); c.n = 4; print(c.value)
    print(ast.Num._fields, ast.Str._fields, ast.Bytes._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
    print([k.__name__ for k in ast.Num.__mro__])
    print(ast.NameConstant(None).value, ast.Ellipsis().value, ast.Bytes(b'x').value, ast.Str(s='kw').value)
    class V(ast.NodeVisitor):
        def visit_Num(self, node): print('visit_Num', node.value)
        def visit_Str(self, node): print('visit_Str', node.value)
    V().visit(ast.parse('1 + "a" + b"x" + True'))
    print(ast.dump(ast.Index(value=ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
    print(issubclass(ast.Index, ast.slice), issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context))
    try:
        ast.Nothing
    except AttributeError as e:
        print('AttributeError:', e)
# Which warnings were given (how often differs: CPython also warns in some isinstance checks).
for text in sorted({'%s: %s' % (w.category.__name__, w.message) for w in caught}):
    print(text)
