# Int formatting: the machine-word fast paths (format(), f-strings, %-formatting) against the
# big-int path and CPython's errors.
for v in (0, 7, -7, 255, -255, 2**40, -2**63, 2**63, 10**25, -10**25, True):
    print("%d|%i|%u|%s|%r|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o" % ((v,) * 15))
    print(format(v, ""), format(v, "d"), format(v, "x"), format(v, "#X"), format(v, "o"), format(v, "b"), format(v, "#b"),
          format(v, ","), format(v, "_"), format(v, "+"), format(v, " "), format(v, ">8"), format(v, "^9d"), format(v, "08d"), format(v, "_x"), format(v, "n"))
    print(f"{v}|{v:d}|{v:10}|{v:<6}|{v:e}|{v:.2f}|{v:%}")
for bad in (".2d", "z", ",x", "q"):
    try:
        print(format(5, bad))
    except ValueError as e:
        print("ValueError", e)
print("%s %s" % ("a", [1]), "%r" % ("x",), "%d%%" % 5, "%(a)s-%(b)d" % {"a": 1, "b": 2}, "%c" % 65, "%.3s" % "abcdef", "%5.1f" % 2.25)
try: "%d" % "x"
except TypeError as e: print("TypeError", e)
try: "%d %d" % (1,)
except TypeError as e: print("TypeError", e)
print("%d" % 3.9, "%d" % -3.9, "%s" % None, "%s" % 1.5)
