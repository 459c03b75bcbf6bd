# sys.version_info fields by name (pymem keeps it a plain tuple; its fields answer by name).
import sys
v = sys.version_info
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v >= (3, 8), v[:2], f"{v.major}.{v.minor}")
try:
    (1, 2).major
except AttributeError as e:
    print(e)
