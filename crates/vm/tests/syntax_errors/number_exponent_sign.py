y = 2
x = 1e+
