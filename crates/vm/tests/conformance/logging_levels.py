# logging: level numbers and names, filtering by logger and handler level, hierarchy.
import logging
import sys

for lv in [logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
           logging.INFO, logging.DEBUG, logging.NOTSET]:
    print(lv, logging.getLevelName(lv))
print(logging.getLevelName("INFO"), logging.getLevelName("WARN"), logging.getLevelName(25))
print(logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

log = logging.getLogger("svc")
log.setLevel("DEBUG")
print(log.level, log.getEffectiveLevel(), log)
for bad in ["LOUD", 1.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Same object per name; dotted names form a hierarchy.
print(logging.getLogger("svc") is log, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root)
child = logging.getLogger("svc.db.pool")
print(child.parent is log, child.name, child.getEffectiveLevel())
mid = logging.getLogger("svc.db")
print(child.parent is mid, mid.parent is log, log.parent is logging.root)
print(log.getChild("db") is mid)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(levelno)d:%(message)s"))
log.addHandler(h)
child.debug("from the child")
child.setLevel(logging.ERROR)
child.warning("dropped by the child's level")
child.error("passes")
h.setLevel(logging.CRITICAL)
child.error("dropped by the handler's level")
child.critical("critical passes")
h.setLevel(logging.NOTSET)

# propagate=False stops at this logger.
mid.propagate = False
mid.warning("no handler on svc.db and no propagation: last resort")
mid.propagate = True
mid.warning("propagates to svc's handler")

log.removeHandler(h)
print(log.handlers, log.hasHandlers())
log.log(25, "custom level via last resort? %s", "no: below WARNING")
log.log(logging.ERROR, "log() at ERROR")
try:
    log.log("ERROR", "x")
except TypeError as e:
    print("TypeError", e)
print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.WARNING))
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("critical is above the disable level")
logging.disable(logging.NOTSET)

# Filters.
f = logging.Filter("svc.db")
rec = logging.LogRecord("svc.db.pool", logging.INFO, "p", 1, "m", None, None)
rec2 = logging.LogRecord("svc.dbx", logging.INFO, "p", 1, "m", None, None)
print(f.filter(rec), f.filter(rec2), rec.getMessage(), rec.levelname)
