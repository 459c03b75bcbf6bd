# Attributes an instance gets after the class's keys were fixed (overflow values), instances
# whose __dict__ was asked for (dict mode), and exception instances: the cached fast paths
# must give what the general path gives.
class P:
    pass


def read(o):
    return o.x


def write(o, v):
    o.x = v


p = P()
p.x = 1
q = P()
q.x = 2
for _ in range(3):
    print(read(p), read(q))
write(p, 10)
print(read(p), p.__dict__)
d = p.__dict__
d["x"] = 11
print(read(p))
write(p, 12)
print(d, read(p))
del p.x
try:
    read(p)
except AttributeError as e:
    print("AttributeError", e)
r = P()
r.y = 5
r.x = 6
print(read(r), r.y, vars(r))


class E(Exception):
    def __init__(self, msg):
        self.args = ("wrapped", msg)
        self.x = msg


e = E("m")
print(e.args, read(e), str(e))
write(e, "n")
print(e.x, e.args)


def set_args(o, v):
    o.args = v


for o in (E("a"), E("b")):
    set_args(o, ("z",))
    print(o.args, str(o))
