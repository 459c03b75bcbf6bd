# A keyword glued to a number literal is valid but earns CPython's tokenizer warning
# "invalid ... literal" (printed on stderr before the script runs); names do not.
print(1if True else 2)
print(0x1for 2, [0x0fin [15]])
print([1in [1], 1or 2, 1and 0, 1not in [3]])
print(1e5if 1 else 2, 1jif 1 else 2, 0o7if 1 else 2, 0b1if 1 else 0)
x1 = 5
print(x1, 1_000, 0_0, 007.5, 1_0.0_1e1_0, .5, 0x_fF)
