# except* (PEP 654): matching parts of exception groups, wrapping naked exceptions, what is
# re-raised at the end of the statement.
import sys


def run(label, f):
    print("---", label)
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))


def split_two_ways():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught V", repr(e), sys.exc_info()[1] is e, sys.exception() is e)
    except* TypeError as e:
        print("caught T", repr(e))
    print("after: exc_info is", sys.exc_info())


run("two clauses", split_two_ways)


def rest_escapes():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("caught V", repr(e))
    print("not reached")


run("unmatched rest re-raised", rest_escapes)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("caught", repr(e), repr(e.exceptions[0]), e.__traceback__)


run("naked exception wrapped", naked)


def naked_no_match():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("never")


run("naked exception not matched", naked_no_match)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


run("naked exception re-raised", naked_reraise)


def naked_raise_other():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


run("naked, handler raises", naked_raise_other)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


run("handler raises a new exception", raise_new)


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


run("bare raise keeps the original shape", bare_reraise)


def raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


run("raise e is a new raise", raise_e)


def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)


run("two handlers raise", two_raise)


def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))


run("tuple of types", tuple_types)


def nested():
    try:
        raise ExceptionGroup(
            "eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])]
        )
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))


run("nested groups", nested)


def full_match_first():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("all", repr(e))
    except* ValueError as e:
        print("never", e)


run("first clause takes everything", full_match_first)


def else_finally():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")


run("else and finally", else_finally)


def finally_after_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
    finally:
        print("finally runs")


run("finally with a rest", finally_after_raise)


def name_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("NameError:", n)


run("the name is unbound after the clause", name_unbound)


def loops_inside():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 1:
                    break
            print("loop", i, repr(e))


run("break in a loop inside except*", loops_inside)


def contexts():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError(1)
    except ExceptionGroup as e:
        print(repr(e))
        print(repr(e.exceptions[0].__context__), e.exceptions[1].__context__)


run("context of a raised exception is the match", contexts)


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
    except* ValueError as e:
        print("V", repr(e))


run("BaseExceptionGroup", base_exceptions)


def bad_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 1)):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1)])
            except* t:
                pass
        except TypeError as e:
            print("TypeError:", e)


run("bad clause types", bad_types)


def nothing_raised_bad_type():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("the type is only checked when something was raised")


run("unchecked type", nothing_raised_bad_type)


def with_notes():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        e.add_note("hello")
        raise


run("notes added in a clause", with_notes)


def in_generator():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)


print(list(in_generator()))

