# PEP 678 notes: add_note checks, __notes__ as a list, and how tracebacks print them (str()
# of each note, every line of a multi-line note, repr of a __notes__ that is not a sequence).
import traceback

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, type(e.__notes__).__name__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as t:
        print("TypeError:", t)
try:
    e.add_note()
except TypeError as t:
    print("TypeError:", t)
print("".join(traceback.format_exception(e)), end="")

e.__notes__ = [1, "", "text", ["a list"]]
print("".join(traceback.format_exception(e)), end="")

e.__notes__ = "not a list"
print("".join(traceback.format_exception(e)), end="")
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)

e.__notes__ = ("a", "b")
print("".join(traceback.format_exception(e)), end="")
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)

g = ExceptionGroup("g", [ValueError(1)])
g.exceptions[0].add_note("leaf note\nsecond line")
g.add_note("group note")
print("".join(traceback.format_exception(g)), end="")
