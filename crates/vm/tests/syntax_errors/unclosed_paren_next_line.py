values = (1,
y = 2
