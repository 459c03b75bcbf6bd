def describe(p, limit):
    match p:
        case {"kind": "point", "at": (x, y)} if x < limit:
            return x + y
        case [first, *rest] | (first, rest):
            return first
        case Point(x=0, y=py) as whole:
            return py, whole
        case 1 | None:
            return 0
        case _:
            def inner():
                return limit
            return inner


match describe:
    case str(s):
        name = s
    case other:
        name = other
