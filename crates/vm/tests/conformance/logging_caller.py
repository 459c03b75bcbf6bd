# logging: the caller's position in the record (funcName, lineno, filename, module).
# (Not inside comprehensions: CPython 3.12 inlines them, pymem runs them as functions.)
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format="%(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s")
log = logging.getLogger("where")
log.warning("at module level")


def outer():
    log.error("in outer")
    inner()


def inner():
    logging.warning("module-level function in inner")
    log.log(logging.ERROR, "via log()")
    helper("from inner")


def helper(msg):
    log.warning("helper says %s (stacklevel 2)", msg, stacklevel=2)
    log.warning("helper itself")


class Service:
    def run(self):
        log.critical("in a method")
        for i in range(1):
            log.warning("in a loop %d", i)


outer()
Service().run()
adapter = logging.LoggerAdapter(log, {"k": 1})
adapter.warning("through an adapter")
log.error("module level again")
f = logging.Formatter("%(levelname)s %(name)s %(levelno)d %(lineno)d %(funcName)s %(message)s")
rec = log.makeRecord("n", logging.INFO, "p.py", 7, "m %s", ("a",), None, "fn")
print(f.format(rec), rec.filename, rec.module, rec.pathname, rec.process > 0, rec.processName,
      rec.threadName, rec.msecs >= 0, rec.relativeCreated >= 0)

# The stack goes to stderr (its paths are absolute in CPython; the recorder strips them there).
stk = logging.getLogger("stk")
stk.propagate = False
stk.addHandler(logging.StreamHandler(sys.stderr))


def deep(n):
    if n == 0:
        stk.warning("with the stack", stack_info=True)
    else:
        deep(n - 1)


deep(2)
