# A return inside an except* clause is a SyntaxError (CPython 3.12 marks the constant).
print("never printed")


def f():
    try:
        pass
    except* ValueError:
        return 1
