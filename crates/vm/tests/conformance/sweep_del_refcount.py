# sys.getrefcount(self) inside __del__: run by deallocation (the temporary resurrection,
# self and the argument) and by the collector (plus the owner still holding it), and at
# exit (globals still bound).
import sys, gc
class R:
    def __init__(self, tag): self.tag = tag
    def __del__(self):
        print("del", self.tag, sys.getrefcount(self))
a = R("cycle"); a.me = a
del a
gc.collect()
b = R("plain")
del b
def scope():
    c = R("local")
scope()
left = R("at exit")
print("end")
