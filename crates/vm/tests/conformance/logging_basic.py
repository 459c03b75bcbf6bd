# logging: the default configuration, basicConfig, %-style lazy arguments, last resort.
import logging
import sys

# Nothing configured: a logger's warnings go to the last-resort handler as bare messages.
log = logging.getLogger("app")
log.warning("bare warning %d", 1)
log.info("not shown (the root level is WARNING)")
log.error("bare error")
print("handlers of root:", logging.root.handlers)
print("root level:", logging.root.level, logging.getLevelName(logging.root.level))

# Module-level functions configure the root with the default format on first use.
logging.warning("module-level %s", "warning")
print("after logging.warning:", logging.root.handlers)
logging.info("still not shown")

# basicConfig does nothing once the root has handlers...
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(message)s")
logging.debug("not shown: basicConfig was a no-op")
print("root level still:", logging.root.level)

# ...unless force=True.
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", force=True)
logging.debug("debug now %s", "shown")
log.info("info from %r", log.name)


class Noisy:
    def __init__(self):
        self.calls = 0

    def __repr__(self):
        self.calls += 1
        return "Noisy()"


n = Noisy()
log.debug("lazy %r", n)
log.setLevel(logging.WARNING)
log.info("filtered %r", n)
print("repr calls:", n.calls)

# A sole mapping argument works with %(key)s.
log.warning("%(a)s and %(b)d", {"a": "x", "b": 2})
log.warning("percent %% literal")
log.warning("no args but %s stays")
log.warning(12345)

# stream= sends to stdout.
logging.basicConfig(stream=sys.stdout, format="OUT %(levelname)s %(message)s", force=True)
logging.error("to stdout")
print(logging.root.handlers)

for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"), dict(bogus=1)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)

# The three format styles.
for style, fmt in [("%", "%(levelname)s-%(message)s"), ("{", "{levelname}-{message}"),
                   ("$", "$levelname-${message}-$$")]:
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger("style" + style)
    lg.propagate = False
    lg.addHandler(h)
    lg.warning("styled %s", style)
