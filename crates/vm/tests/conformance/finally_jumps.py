# break/continue/return inside a finally body that runs because of a return: the pending
# return value is dropped (CPython's POP_VALUE), so the loop continues or exits cleanly.
def loop_with_finally(items):
    out = []
    for item in items:
        try:
            if item == 1:
                continue
            if item == 5:
                break
            return item
        finally:
            out.append(item)
            continue
    return out


def break_in_finally(items):
    for item in items:
        try:
            return item * 10
        finally:
            if item < 3:
                break
    return "broke"


def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def nested(items):
    total = []
    for a in items:
        for b in items:
            try:
                try:
                    return (a, b)
                finally:
                    total.append((a, b))
                    if b < 2:
                        continue
            finally:
                if a < 2:
                    break
    return total


def with_loop(items):
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    for i in items:
        with CM():
            try:
                return i
            finally:
                if i < 2:
                    continue
    return "done"


print(loop_with_finally([1, 2, 3]))
print(loop_with_finally([5, 1]))
print(break_in_finally([1, 2]))
print(break_in_finally([4]))
print(return_in_finally())
print(nested([1, 2, 3]))
print(with_loop([0, 1, 2, 3]))
print(with_loop([]))
