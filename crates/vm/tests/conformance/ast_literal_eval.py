# ast.literal_eval: the literals it accepts (from strings and from trees) and CPython's
# "malformed node or string" errors, with the node's line when it has one.
import ast
import re


def show(value):
    try:
        result = ast.literal_eval(value)
        print('ok', type(result).__name__, repr(result))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as e:
        text = re.sub(r'0x[0-9a-f]+', '0x...', str(e))
        print(type(e).__name__, text)


for src in [
    '1', '-1', '+1.5', '1.5e3', '2j', '-2j', '1+2j', '-1-2j', '1.5-2j', '0x10', '1_000',
    "'text'", '"a" "b"', "b'bytes'", 'None', 'True', 'False', '...',
    '(1, 2)', '()', '(1,)', '[1, [2, [3]]]', '{1: "a", "b": (2,)}', '{1, 2, 3}', 'set()',
    '  \t 42', '\n42', '{"nested": [1, {2: (3, {4})}]}', '-(1)', '--1', '-True', 'True + 1j',
    '1 + 2', '1 - 2', '2j + 1', 'x', 'f()', 'set([1])', '[1, x]', '{**a}', 'a.b', '1 if x else 2',
    'lambda: 0', '[i for i in x]', "f'{x}'", '1 +', '(', '{1: 2, 3}', ' 1\n 2', '\n\n  abc',
    '{1: 2}[1]', '1 < 2', 'not True', '~1', '2 ** 3', '"a" * 3', '10 ** 100', '-10 ** 100',
]:
    print('source:', repr(src))
    show(src)

print('--- trees')
show(ast.Constant(value=5))
show(ast.Expression(body=ast.Constant(value='x')))
show(ast.parse('[1, 2]', mode='eval'))
show(ast.parse('(1, 2)', mode='eval').body)
show(ast.Name('x'))
show(ast.Dict(keys=[ast.Constant(1)], values=[]))
show(ast.UnaryOp(ast.USub(), ast.Constant(5)))
show(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))
show(ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2j)))
show(ast.Tuple(elts=[ast.Constant(1), ast.List(elts=[], ctx=ast.Load())], ctx=ast.Load()))
show(ast.Set(elts=[]))
show(ast.Call(ast.Name('set'), [], []))
show(3)
show(None)
show(ast.parse('1'))
