# match: OR patterns, AS patterns and guards


def classify(v):
    match v:
        case 1 | 2 | 3:
            return "small int"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (1, y) | (2, y) | (3, y) if y > 0:
            return f"positive second {y}"
        case [int() | float() as num, *_] as whole:
            return f"starts with number {num} in {whole}"
        case {"k": (str() | bytes()) as text}:
            return f"text value {text!r}"
        case None | True | False:
            return "singleton"
        case _:
            return "other"


for v in [1, 3, 4, "a", "b", "c", [5, 0], [0, 6], [0, 0], (1, 5), (2, -5), [2.5, "x"],
          {"k": "s"}, {"k": b"b"}, {"k": 1}, None, False, ()]:
    print(repr(v), "->", classify(v))

# Guards see the captures and can have side effects
log = []


def check(x):
    log.append(x)
    return x > 2


for v in [1, 3]:
    match v:
        case n if check(n):
            print("guard passed for", n)
        case n:
            print("guard failed for", n)
print("guard calls:", log)

# A guard that fails moves on to the next case, keeping the captures bound
match [1, 2]:
    case [a, b] if a > b:
        print("wrong")
    case [a, b] if a + b == 3:
        print("second guard:", a, b)

# Walrus in a guard
match 10:
    case n if (half := n // 2) > 3:
        print("walrus guard:", half)

# AS pattern binds the whole subject
match [1, [2, 3]]:
    case [1, [_, _] as inner] as outer:
        print("as:", inner, outer)

# Captures in a case body, break and continue inside loops
found = []
for item in [("add", 1), ("skip", 0), ("add", 2), ("stop", 0), ("add", 3)]:
    match item:
        case ("skip", _):
            continue
        case ("stop", _):
            break
        case ("add", n):
            found.append(n)
print("loop with match:", found)


def first_even(items):
    for i in items:
        match i:
            case int(n) if n % 2 == 0:
                return n
    return None


print("return from case:", first_even([1, 3, 8, 5]))

# Nested match statements
for a, b in [(1, "x"), (2, "y"), (1, "z")]:
    match a:
        case 1:
            match b:
                case "x":
                    print("1/x")
                case _:
                    print("1/other")
        case _:
            print("a is", a)

# OR of captures inside a sequence, with different positions
match (0, 7):
    case (x, 0) | (0, x):
        print("or capture:", x)

# try/except inside a case body
match "boom":
    case str(s):
        try:
            raise ValueError(s)
        except ValueError as e:
            print("caught in case:", e)
