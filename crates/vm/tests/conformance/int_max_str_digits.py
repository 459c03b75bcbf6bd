# CPython's limit on decimal conversion of huge ints (sys.set_int_max_str_digits).
import sys
x = 10**4300
try: str(x)
except ValueError as e: print(e)
print(len(str(10**4299)), len(str(-10**4299)))
try: int('1'*4301)
except ValueError as e: print(e)
print(int('1' * 4300) % 1000)
try: format(x, 'd')
except ValueError as e: print(e)
try: '%d' % x
except ValueError as e: print(e)
try: f'{x:,}'
except ValueError as e: print(e)
print(len(hex(x)), len(f'{x:x}'), len(bin(x)), x.bit_length())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000); print(len(str(x)))
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**10000)))
sys.set_int_max_str_digits(4300)
f = 1
for i in range(2, 1001):
    f *= i
print(len(str(f)), str(f)[:20])
