# "Exception ignored in" reports show the exception alone: no cause/context chain, as
# CPython's default unraisable hook prints them (a gc callback raising while handling
# another exception, or with an explicit cause).
import gc


class Failing:
    def __init__(self, how):
        self.how = how

    def __repr__(self):
        return f"<Failing callback {self.how}>"

    def __call__(self, phase, info):
        if phase != "start":
            return
        try:
            {}["missing"]
        except KeyError as e:
            if self.how == "context":
                raise RuntimeError("callback failed while handling")
            raise LookupError("callback failed with a cause") from e


for how in ("context", "cause"):
    cb = Failing(how)
    gc.callbacks.append(cb)
    gc.collect()
    gc.callbacks.remove(cb)
    print("after", how)
