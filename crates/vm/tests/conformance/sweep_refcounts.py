# sys.getrefcount of constants as CPython 3.12 reports them: interned (all name-character)
# strs and one-character Latin-1 strs are immortal; other constants of the main script
# hold one more reference (the parse tree, alive while the script runs); equal constants
# are one object across the script's code objects; exec() of a string keeps its parse
# tree while it runs.
import sys
IMMORTAL = sys.getrefcount(None)
s = "hello"
print(sys.getrefcount(s) == IMMORTAL, sys.getrefcount("é") == IMMORTAL)
print(sys.getrefcount("a_long_identifier_like_constant_well_over_forty_characters") == IMMORTAL)
print([sys.getrefcount(ch) == IMMORTAL for ch in "a é!"], sys.getrefcount(chr(200)) == IMMORTAL)
t = "not an identifier"
print(sys.getrefcount(t))
x = 1000
print(sys.getrefcount(x))
f = 1.5
print(sys.getrefcount(f))
tup = (1, 2)
print(sys.getrefcount(tup))
big = 123456789012345678901234567890
print(sys.getrefcount(big))
def g():
    y = 2000
    return sys.getrefcount(y)
print(g())
w = 3000
def h():
    return 3000
print(sys.getrefcount(w), h() is w)
computed = x + 1
print(sys.getrefcount(computed))
lst = [1.25]
print(sys.getrefcount(lst[0]))
ns = {"sys": sys}
exec("v = 4000\nr = sys.getrefcount(v)", ns)
print(ns["r"])
