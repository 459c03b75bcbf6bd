# The compiler's SyntaxWarning for `is` / `is not` with a literal (after constant folding),
# printed to stderr before the code runs; exec() of a string warns with <string> and no
# source line.
x = 5
print(x is 5, x is not (1, 2), x is -1, 1.5 is x, None is x, x is ..., x is True)
print("a" is "a", x is b"b", x is 2 + 3, x is "ab"[0], x is [1], x is not "s" * 2)
def f(y):
    return (y is
            "multi")
print(f(2))
if x is 0:
    print("zero")
print(1 < x is 7 is not 8)
exec("z = 1\nprint(z is 1)")
print(eval("x is 5.0"))
