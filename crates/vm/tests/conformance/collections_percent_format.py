# %-formatting with namedtuples (tuple-like) and dict-like collections (mappings), as CPython.
from collections import namedtuple, Counter, defaultdict, OrderedDict
P = namedtuple("P", "x y")
p = P(1, 2)
print("%s and %s" % p, "%d-%d" % P(3, 4), "%s" % (p,), "%r" % (p,))
print("%(a)s %(z)d" % Counter(a=3), "%(k)s" % defaultdict(list), "%(q)s" % OrderedDict(q=1))
try:
    "%s" % P(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s %s" % p
except TypeError as e:
    print("TypeError", e)
try:
    "%(missing)s" % OrderedDict()
except KeyError as e:
    print("KeyError", e)
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("point %s,%s", *p)
logging.warning("counter %(a)s", Counter(a=5))
