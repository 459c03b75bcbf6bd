with open(path) as f:
    data = f.read()

with a() as (x, y), b():
    pass


def early(lock, items):
    for i in items:
        with lock:
            if i:
                break
            return i
