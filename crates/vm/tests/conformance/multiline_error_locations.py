# Error locations in expressions that span lines (CPython 3.12): an attribute ending on a
# later line is located at its name there; an operator or subscript spanning lines gets
# plain carets on its first line, no anchors.
import traceback


class A:
    pass


def attribute_on_next_line():
    o = A()
    return (o
            .missing)


def augmented_attribute_on_next_line():
    o = A()
    (o
     .missing) += 1


def subscript_over_lines():
    d = {"k": {}}
    return d["k"][
        "j"]


def augmented_subscript_over_lines():
    d = {"k": {}}
    d["k"][
        "j"] += 1


def operator_over_lines():
    d = {}
    return (d +
            "s")


for fn in (attribute_on_next_line, augmented_attribute_on_next_line, subscript_over_lines,
           augmented_subscript_over_lines, operator_over_lines):
    try:
        fn()
    except Exception:
        traceback.print_exc()
