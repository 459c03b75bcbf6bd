# What `raise X from Y` accepts as Y: an exception instance, an exception class (called),
# None; anything else is a TypeError of its own wording.
for cause in [KeyError("k"), KeyError, None, 5, "text", int, object()]:
    try:
        try:
            raise ValueError("v") from cause
        except ValueError as e:
            print("raised", type(e.__cause__).__name__, e.__suppress_context__)
    except TypeError as e:
        print(type(cause).__name__, "TypeError", e)
for exc in [5, "text", int]:
    try:
        raise exc
    except TypeError as e:
        print(type(exc).__name__, "TypeError", e)
