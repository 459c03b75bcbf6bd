x = (a.b c)
