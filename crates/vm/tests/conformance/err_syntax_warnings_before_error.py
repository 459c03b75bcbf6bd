# CPython 3.12 prints the compile-time warnings of a script before its SyntaxError: first
# the parser's (invalid escapes), then the compiler's, up to the error.
x = 1
s = "\d"
if x is 1:
    pass
assert (x, "always true")


def f():
    return x is 2


t = b"\q"
return 5
u = "\w"
print(x is 3)
