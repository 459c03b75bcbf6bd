# match: literal, singleton, capture, wildcard and value patterns (PEP 634)


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1


def literal(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 | 3:
            return "two or three"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case 10_000_000_000_000_000_000:
            return "big int"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red value"
        case Color.Shade.DARK:
            return "dark shade"
        case other:
            return f"captured {other!r}"


for v in [0, 0.0, -1, 1.5, 2, 3, "hello", b"raw", 10**22, None, True, False, 1, "red",
          "green", []]:
    print(repr(v), "->", literal(v))

# True/False/None compare with `is`: 1 is not True, 0 is not False
match 1:
    case True:
        print("1 matched True")
    case _:
        print("1 did not match True")
match 0:
    case False:
        print("0 matched False")
    case 0:
        print("0 matched 0")

# 1.0 == 1: a literal pattern uses ==
match 1.0:
    case 1:
        print("1.0 matched 1")

# Captures bind in the enclosing scope and outlive the match
match (1, 2):
    case whole:
        pass
print("whole =", whole)


def scope():
    match "in function":
        case s:
            pass
    return s


print(scope())

# The wildcard binds nothing
match 5:
    case _:
        print("'_' in globals:", "_" in globals())

# No case matches: nothing runs, the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 99


match subject():
    case 1:
        print("no")
    case 2:
        print("no")
print("evaluated", len(calls), "time(s)")

# Value patterns look the attribute up each time
Color.RED = "crimson"
match "crimson":
    case Color.RED:
        print("value pattern saw the new attribute")

# match is a soft keyword
match = 3
print("match as a name:", match)
match = [match, 4]
match match:
    case [3, x]:
        print("soft keyword subject, x =", x)

# An __eq__ override is consulted
class AlwaysEq:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return True


match AlwaysEq():
    case 42:
        print("AlwaysEq matched 42")
