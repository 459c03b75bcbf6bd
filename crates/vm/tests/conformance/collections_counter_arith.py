# Counter arithmetic: +, -, |, & and unary +/- keep positive counts (in CPython's order:
# the left operand's elements, then the right's), bool/float counts keep their type where
# CPython keeps them, the in-place forms accept plain mappings, and non-Counter operands.
from collections import Counter

a = Counter(x=3, y=1, z=-2, w=0)
b = Counter(y=4, x=1, v=2, u=-5)
for label, value in (('+', a + b), ('-', a - b), ('|', a | b), ('&', a & b),
                     ('r+', b + a), ('r-', b - a), ('r|', b | a), ('r&', b & a),
                     ('pos', +a), ('neg', -a), ('neg b', -b)):
    print(label, value, list(value))
print(Counter() + Counter(a=True), Counter(a=True) + Counter(), +Counter(a=True, b=-1),
      -Counter(a=True, b=-1), Counter(a=1.5) - Counter(a=0.5, b=-0.25))
print(Counter(a=True) | Counter(), Counter() | Counter(a=True), Counter(a=2) & Counter(a=True))
for op in ('+', '-', '&'):
    try:
        eval('Counter(a=1) %s {"a": 1}' % op)
    except TypeError as e:
        print(op, 'TypeError:', e)

c = Counter(a=2, b=1)
c += {'b': 1, 'a': -1, 'n': -3}
print(c, list(c))
c -= Counter(a=5, q=-2)
print(c, list(c))
c = Counter(a=2, b=-1)
c |= {'b': 1, 'a': 5, 'm': -1, 'k': 0}
print(c, list(c))
c = Counter(a=2, b=3, d=4)
c &= Counter(b=1, d=9, e=2)
print(c, list(c))
c = Counter(a=1)
c += Counter()
print(c, type(c['a']).__name__)
x = Counter(s=3)
y = x
x += Counter(s=1)
print(x is y, x)
