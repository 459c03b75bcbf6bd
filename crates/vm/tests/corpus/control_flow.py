if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while i < 10:
    i += 1
    if i == 5:
        continue
    if i == 7:
        break
else:
    done()
for i, v in enumerate(xs):
    if v:
        break
else:
    nothing()
while True:
    pass
assert x > 0, "x must be positive"
assert y
