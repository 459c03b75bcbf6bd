# Built-in methods as CPython's descriptor types: method_descriptor (str.upper), slot
# wrappers (int.__add__) and the method-wrappers they bind to, with their reprs, attributes,
# receiver checks, binding through __get__, sizes and the types/inspect predicates.
import inspect
import pickle
import re
import sys
import types


def hide(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", str(s))


def show(label, thunk):
    try:
        print(label, "->", hide(repr(thunk())))
    except Exception as e:
        print(label, "!!", type(e).__name__, hide(e))


class S(str):
    pass


class Plain:
    pass


for label, thunk in [
    ("types", lambda: [type(x).__name__ for x in (str.upper, list.append, int.__add__, (1).__add__, [].append, len)]),
    ("reprs", lambda: [str.upper, dict.get, int.__add__, object.__init__, list.__len__, S.upper, Plain.__repr__]),
    ("bound reprs", lambda: [[].append, (1).__add__, S("a").__add__, Plain().__init__]),
    ("names", lambda: [str.upper.__name__, str.upper.__qualname__, int.__add__.__qualname__, (1).__add__.__qualname__, [].append.__qualname__]),
    ("objclass", lambda: [str.upper.__objclass__, int.__add__.__objclass__, (1).__add__.__objclass__, S("a").__add__.__objclass__, object.__init__.__objclass__]),
    ("self", lambda: [(1).__add__.__self__, [5].append.__self__]),
    ("no __self__", lambda: str.upper.__self__),
    ("no __module__", lambda: int.__add__.__module__),
    ("docs", lambda: [str.upper.__doc__ is None, type(int.__add__.__doc__)] and None),
    ("calls", lambda: [str.upper("ab"), int.__add__(1, 2), list.__len__([1, 2]), str.upper(S("x"))]),
    ("wrong receiver", lambda: str.upper(1)),
    ("wrong receiver 2", lambda: list.append((), 1)),
    ("slot wrong receiver", lambda: int.__add__("a", 1)),
    ("slot wrong receiver 2", lambda: str.__len__(5)),
    ("no receiver", lambda: str.upper()),
    ("no receiver 2", lambda: list.append()),
    ("slot no receiver", lambda: object.__init__()),
    ("slot no receiver 2", lambda: int.__add__()),
    ("aliased call", lambda: (lambda m: m(3))(str.upper)),
    ("get bind", lambda: str.upper.__get__("ab")()),
    ("get class", lambda: str.upper.__get__(None, str)),
    ("get slot", lambda: int.__add__.__get__(3)(4)),
    ("get slot repr", lambda: int.__add__.__get__(3)),
    ("get wrong", lambda: str.upper.__get__(1)),
    ("get slot wrong", lambda: int.__add__.__get__("a")),
    ("get none none", lambda: str.upper.__get__(None)),
    ("get", lambda: [str.upper.__get__, int.__add__.__get__]),
    ("call", lambda: [str.upper.__call__("q"), int.__add__.__call__(2, 3)]),
    ("callable", lambda: [callable(str.upper), callable(int.__add__), callable((1).__add__)]),
    ("equality", lambda: [(1).__add__ == (1).__add__, (1).__add__ == (2).__add__, str.upper is str.upper, str.__dict__["upper"] is str.upper]),
    ("hash", lambda: hash((1).__add__) == hash((1).__add__)),
    ("sizes", lambda: [sys.getsizeof(x) for x in (str.upper, int.__add__, (1).__add__, [].append)]),
    ("types module", lambda: [types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.BuiltinMethodType]),
    ("isinstance", lambda: [isinstance(str.upper, types.MethodDescriptorType), isinstance(int.__add__, types.WrapperDescriptorType),
                            isinstance((1).__add__, types.MethodWrapperType), isinstance([].append, types.BuiltinMethodType)]),
    ("inspect", lambda: [inspect.ismethoddescriptor(str.upper), inspect.ismethoddescriptor(int.__add__),
                         inspect.ismethoddescriptor((1).__add__), inspect.isbuiltin(str.upper), inspect.isbuiltin([].append),
                         inspect.isroutine(int.__add__), inspect.isroutine((1).__add__), inspect.ismethodwrapper((1).__add__)]),
    ("reduce", lambda: [str.upper.__reduce__(), int.__add__.__reduce__(), (1).__add__.__reduce__()]),
    ("pickle", lambda: [pickle.loads(pickle.dumps(str.upper)) is str.upper, pickle.loads(pickle.dumps(int.__add__)) is int.__add__,
                        pickle.loads(pickle.dumps((7).__add__))(1)]),
    ("dir", lambda: [n for n in dir(str.upper) if n not in dir(object)]),
    ("dir wrapper", lambda: [n for n in dir((1).__add__) if n not in dir(object)]),
    ("type of type", lambda: [type(type(str.upper)), type(str.upper).__module__, type((1).__add__).__name__]),
    ("create", lambda: type(str.upper)()),
]:
    show(label, thunk)
