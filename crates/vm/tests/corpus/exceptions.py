try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    fine()
finally:
    cleanup()

try:
    a()
finally:
    b()

def raiser(cause):
    raise ValueError("bad") from cause


def loop_with_finally(items):
    for item in items:
        try:
            if item:
                continue
            if not item:
                break
            return item
        finally:
            release(item)


def return_in_except():
    try:
        return 1
    except E as err:
        return err
