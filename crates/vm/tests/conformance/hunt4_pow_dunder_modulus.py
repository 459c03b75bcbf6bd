# int.__pow__ / __rpow__ take an optional modulus, as three-argument pow() does.
print(3 .__pow__(2, 5), (2).__rpow__(3, 5), (3).__pow__(2, None), (2.0).__pow__(3), (2).__pow__(1.5))


class I(int):
    pass


print(I(3).__pow__(4, 7), pow(I(3), 4, 7), (3).__pow__(-1, 7))
# An int receiver refuses a float operand with NotImplemented; a float one raises.
print((3).__pow__(3.0, 5), (3).__pow__(2, 5.0), (3).__pow__("x", 5))
try:
    (2.0).__pow__(3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    (3).__pow__(2, 0)
except ValueError as e:
    print("ValueError:", e)
