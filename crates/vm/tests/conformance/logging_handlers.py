# logging: handlers are tracked weakly (dead ones vanish), named, filtered; NullHandler.
import gc
import logging
import sys

for i in range(100):
    h = logging.StreamHandler(sys.stdout)
del h
gc.collect()
print("live handlers:", len(logging._handlerList))
lg = logging.getLogger("h")
lg.propagate = False
out = logging.StreamHandler(sys.stdout)
out.set_name("console")
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
lg.addHandler(out)
lg.addHandler(out)
print(len(lg.handlers), out.name, out, logging.NullHandler())
lg.warning("one")
out.addFilter(lambda record: "secret" not in record.getMessage())
lg.warning("a secret")
lg.warning("two")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


lg.addFilter(Upper())
lg.warning("three")
lg.addHandler(logging.NullHandler())
lg.removeHandler(out)
lg.warning("to the null handler only")
print(lg.handlers, lg.hasHandlers())


class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except Exception:
            self.handleError(record)


lg.addHandler(Broken())
logging.raiseExceptions = False
lg.warning("errors ignored")
print("end")
