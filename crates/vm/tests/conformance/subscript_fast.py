# List and tuple subscripts: the int fast paths and the errors the general path gives.
l = [1, 2, 3]
print(l[-1], l[0], l[2], l[-3])
l[-1] = 9; l[0] = 7; print(l)
for k in (3, -4, 2**70, 1.0, "a", True):
    try: print(l[k])
    except Exception as e: print(type(e).__name__, e)
    try: l[k] = 0; print(l)
    except Exception as e: print(type(e).__name__, e)
t = (1, 2); print(t[-1])
class D:
    def __del__(self): print("del", l)
l[1] = D(); l[1] = 5
print(l)
