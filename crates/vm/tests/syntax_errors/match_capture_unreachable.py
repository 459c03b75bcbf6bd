def f(x):
    match x:
        case [a, b]:
            pass
        case other:
            return other
        case 0:
            pass
