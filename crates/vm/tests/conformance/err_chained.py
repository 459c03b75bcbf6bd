def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e
def load():
    d = {}
    try:
        return d["missing"]
    except KeyError:
        return parse("x")
load()
