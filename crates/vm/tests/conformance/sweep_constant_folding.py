# Constant folding of binary operations as CPython's AST optimizer does (with its size
# limits): the folded value is one constant, seen by sys.getrefcount and is.
import sys
big = 2 ** 100
print(big, sys.getrefcount(big))
day = 60 * 60 * 24
print(day, sys.getrefcount(day))
sep = "-" * 20
print(sep, sys.getrefcount(sep))
s = "ab" + "cd e"
print(s, sys.getrefcount(s))
neg = -(2 ** 70)
print(neg, sys.getrefcount(neg))
m = 10 ** 20 % 7, 7 // 2, -7 // 2, 1 << 100, 2 ** 200, 1.5 * 2, 10 / 4, 2 ** -1, 7 % 0 if False else 1, 3 - 5.5, 0x10 + 0b11, 5 >> 1, 6 & 3 | 8 ^ 1
print(m)
a = 10 ** 20
b = 10 ** 20
print(a is b)
def f():
    return 10 ** 20
print(f() is a, sys.getrefcount(a))
print(1 / 3 * 3, 0.1 + 0.2, 2 ** 0.5 if False else 0, "x" * 5000 == "x" * 5000, len("ab" * 3000))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(e)
print(-2 ** 2, (-2) ** 3, 2 ** 3 ** 2, -(1 + 1), -(1.5 * 2))
