# f-string conversion errors with CPython's messages and positions (through exec, and one
# uncaught at the end for the rendered caret).
for src in ['f"{x!}"', 'f"{x!z}"', 'f"{x!rr}"', 'f"{x! r}"', 'f"{x!:>3}"', 'f"{x!s:>3}"']:
    try:
        exec(src, {"x": 1})
        print(src, "ok")
    except SyntaxError as e:
        print(src, "|", e.msg, e.lineno, e.offset, e.end_offset)
exec('x = 5\nprint(f"{x! r}")')
