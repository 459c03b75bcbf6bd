import sys
x = object()
print(sys.getrefcount(x))
l = [x, x]; print(sys.getrefcount(x))
d = {'k': x}; print(sys.getrefcount(x))
del l; print(sys.getrefcount(x))
def f(a): return sys.getrefcount(a)
print(f(x))
class C: pass
c = C(); print(sys.getrefcount(c)); c2 = c; print(sys.getrefcount(c)); del c2
t = (c,); print(sys.getrefcount(c))
print(sys.getrefcount(C) > 2)
s = 'some unique string value'; print(sys.getrefcount(s))
n = 123456789; print(sys.getrefcount(n))
