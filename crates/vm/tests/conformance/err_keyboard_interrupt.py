# An uncaught KeyboardInterrupt: the traceback, then CPython's SIGINT exit (status 130).
def work():
    raise KeyboardInterrupt


print("working")
work()
