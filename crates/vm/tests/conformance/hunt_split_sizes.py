# sys.getsizeof of the lists split functions return: str.split/rsplit preallocate
# PREALLOC_SIZE(maxcount) slots (maxcount + 1, at most 12; without maxsplit the most pieces
# the string could give), a separator longer than the string gives a list of 1, pieces past
# 12 are appended; bytes' split preallocates 12 without maxsplit; splitlines, re.split and
# re.findall append to an empty list.
import re
import sys

g = sys.getsizeof
for n in range(0, 16):
    words = " ".join("w" * n)
    fields = ",".join("f" * n)
    print(n, g(words.split()), g(words.split(" ")), g(fields.split(",")), g(words.rsplit()),
          g(fields.rsplit(",")), g(("ab" * n).split("b")), g("\n".join("l" * n).splitlines()),
          g(words.encode().split()), g(fields.encode().split(b",")),
          g(bytearray(fields.encode()).split(b",")), g(re.split(",", fields)),
          g(re.findall("f", fields)), g(re.findall("(f)(,?)", fields)))
print([g("a b".split(maxsplit=m)) for m in (0, 1, 5, 11, 12, 100)],
      [g("a,b".split(",", m)) for m in (0, 1, 5, 100)], [g(b"a b".split(maxsplit=m)) for m in (0, 3, 20)])
print(g("a,,b".split(",,")), g("abc".split(",")), g("abc".split("abcd")), g("".split()),
      g("   ".split()), g("abc".split("€")), g("é ü ö".split()), g("€ x y".split()), g("😀 x".split(" ")))
print(g(("x\n" * 5).splitlines(True)), g(b"a\nb\r\nc".splitlines()), g("no breaks".splitlines()))
line = "2024-01-05,alice,42,NY,extra,fields,to,make,it,longer,than,twelve,columns,ok"
cols = line.split(",")
print(len(cols), g(cols), g(line.split(",", 3)), g(line.rsplit(",", 1)), g(line.partition(",")))
