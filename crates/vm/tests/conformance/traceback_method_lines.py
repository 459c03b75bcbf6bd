# A method call whose `.name(` sits on a later line than its receiver: the traceback shows
# the line of the name, marked from the name to the end of the call.
import traceback


class Box:
    def __init__(self):
        self.items = {}

    def same(self):
        return self

    def get(self, key):
        return self.items[key]


box = Box()
try:
    (box.same()
        .same()
        .get(
            "z"))
except KeyError:
    traceback.print_exc()
try:
    box.get(
        "y")
except KeyError:
    traceback.print_exc()
result = (box
          .get("x"))
