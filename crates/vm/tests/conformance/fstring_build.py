# f-strings joined by BUILD_STRING: identity of one-piece and empty results, subclass pieces,
# non-ASCII character counts.
import sys
x = 'a'; y = ''; z = 'b'
print(f"{x}{y}" is x, f"{x}{y}" is 'a', f"{y}{y}" is '', f"{x}" is x, f"{x}{z}" == 'ab')
w = 'é'
print(f"{w}{y}" is w, f"{w}{y}" is 'é', len(f"{w}:{3}"), f"{w}:{3}", f"{x!r}{w!a}{3:>4}{2.5}")
class S(str): pass
s = S('q')
print(type(f"{s}"), f"{s}{x}", type(f"{s}{x}"))
print(sys.getrefcount(f"{x}{z}"))
