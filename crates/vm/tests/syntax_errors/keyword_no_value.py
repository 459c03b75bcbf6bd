f(x, a =)
