# sys.is_finalizing (false in atexit callbacks, true in finalizers run at teardown) and sys.call_tracing.
import sys, atexit
print(sys.is_finalizing())
atexit.register(lambda: print("atexit", sys.is_finalizing()))
class D:
    def __del__(self):
        print("del", sys.is_finalizing())
d = D()
print(sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(divmod, [7, 2])
except TypeError as e:
    print(e)
try:
    sys.is_finalizing(1)
except TypeError as e:
    print(e)
