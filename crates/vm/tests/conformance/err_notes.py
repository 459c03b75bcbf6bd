# PEP 678 exception notes: add_note() and __notes__, printed after the message.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as e:
        e.add_note(f"while loading {path!r}")
        e.add_note("hint: check the working directory")
        raise


try:
    ValueError("x").add_note(5)
except TypeError as e:
    print("TypeError:", e)
err = KeyError("k")
err.add_note("first")
print(err.__notes__, str(err))
load("settings.cfg")
