# logging: many records through a StreamHandler on a StringIO: silent (below level), formatted, simple.
import io
import logging
import sys

FORMAT = "important: %s"
MESSAGE = "some important information to be logged"


def silent(logger, n):
    for _ in range(n):
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)


def simple(logger, n):
    for _ in range(n):
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)


def formatted(logger, n):
    for i in range(n):
        logger.warning(FORMAT, MESSAGE)
        logger.warning("%d of %s", i, "many")


def main(n):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream=stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    logger = logging.getLogger("bench_logger")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    silent(logger, n)
    print("silent", len(stream.getvalue()))
    simple(logger, n)
    print("simple", len(stream.getvalue()))
    formatted(logger, n)
    text = stream.getvalue()
    lines = text.splitlines()
    print("formatted", len(text), len(lines))
    print(lines[0])
    print(lines[-1])
    logger.error("boom %r", {"k": 1})
    print(stream.getvalue().splitlines()[-1])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
