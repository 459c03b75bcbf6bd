a = b = 1
x, y = y, x
first, *rest = items
*init, last = items
a, (b, c), [d, *e] = t
obj.attr = value
obj[key] = value
obj[1:2] = []
del a, obj.attr, obj[key]
x += 1
obj.count *= 2
obj[i] //= 3
s = "%s=%d" % (name, 5)
