# logging: exception() prints the message then the traceback; exc_info; handler errors.
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("calc")


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("could not divide %d by %d", 1, 0)

try:
    {}["missing"]
except KeyError as e:
    log.error("lookup failed", exc_info=True)
    log.warning("with the exception object", exc_info=e)

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    logging.exception("chained")

log.exception("outside an except block")
log.critical("critical, no traceback")

fmt = logging.Formatter("[%(levelname)s] %(message)s")
try:
    [][1]
except IndexError:
    rec = logging.LogRecord("x", logging.ERROR, "f.py", 3, "msg %s", ("arg",), sys.exc_info())
    sys.stderr.write(fmt.format(rec) + "\n")
print("done")
