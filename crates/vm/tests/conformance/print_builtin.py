# print(): sep, end, file=sys.stdout / sys.stderr, flush, objects with __str__; repr of containers.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" continued")
print(*["x", "y"], sep=", ")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(None, True, 1.0, -0.0, [None], (1,), {1: None}, set(), {1}, "q'uote", 'd"q', b"b")
print("sep None", "end None", sep=None, end=None)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] == [S()], str(S()))
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written\n")
print(len("tab\tx"), "tab\tx")
print("unicode: é ü 漢 😀", "\u00e9" == "é")
