r = a < b <= c != d
s = a is not None and b not in c or not d
t = x if cond else y
u = -1, +x, ~y, -2.5, 2 ** -1
v = [1, *xs, 2], (*xs,), {*xs, 3}, {"k": 1, **m, "j": 2}
w = seq[1:2], seq[::2], seq[:, 1], seq[...]
n = (y := 10) + y
big = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF + 3j + b"\x00" + ...
