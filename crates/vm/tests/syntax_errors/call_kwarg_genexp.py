f(x, y = 2 for y in z)
