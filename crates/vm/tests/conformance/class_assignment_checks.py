# obj.__class__ = Other: CPython's checks and messages (deletion, a non-class, built-in
# types on either side, instance layouts: slots, __dict__/__weakref__, built-in and
# exception bases). Only whether each assignment is allowed is printed.


def t(label, obj, target):
    try:
        obj.__class__ = target
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


class M: pass
class P: pass
class PM(P, M): pass
class MP(M, P): pass
class I1(int): pass
class IM(M, int): pass
class E1(Exception): pass
class E2(Exception): pass
class E1a(E1): pass
class K1(KeyError): pass
class O1(OSError): pass
class O2(OSError): pass
class SD: __slots__ = ('__dict__',)
class SWk: __slots__ = ('__weakref__',)
class SDW: __slots__ = ('__dict__', '__weakref__')
class PS(P): __slots__ = ('q',)
class PS2(P): __slots__ = ('q',)
class PS3(P): __slots__ = ('r',)
class T1(tuple): pass
class T2(tuple): pass
class D1(dict): pass
class D2(dict): pass
t("PM->MP", PM(), MP)
t("P->PM", P(), PM)
t("I1->IM", I1(2), IM)
t("E1->E2", E1(), E2)
t("E1->E1a", E1(), E1a)
t("E1->K1", E1(), K1)
t("O1->O2", O1(), O2)
t("O1->E1", O1(), E1)
t("SD->SDW", SD(), SDW)
t("SDW->P", SDW(), P)
t("SWk->SD", SWk(), SD)
t("PS->PS2", PS(), PS2)
t("PS->PS3", PS(), PS3)
t("PS->P", PS(), P)
t("T1->T2", T1(), T2)
t("D1->D2", D1(), D2)
t("D1->T1", D1(), T1)
t("P->type", P(), type)
t("P->E1", P(), E1)
t("func", lambda: 1, P)

class P2(P):
    pass


class E0:
    __slots__ = ()


class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class SA:
    __slots__ = ("x",)


class S1sub(S1):
    pass


class S1sub2(S1):
    pass


t("P->P2", P(), P2)
t("P2->P", P2(), P)
t("E0->P", E0(), P)
t("E0->S1", E0(), S1)
t("S1->S2", S1(), S2)
t("S1->S3", S1(), S3)
t("S1sub->S1sub2", S1sub(), S1sub2)
t("S1sub->S1", S1sub(), S1)
t("P->SA", P(), SA)
t("P->int", P(), int)
t("P->5", P(), 5)
t("P->None", P(), None)
t("list->L", [], type("L", (list,), {}))
t("int->P", 1, P)
t("str->P", "a", P)
try:
    del P().__class__
except TypeError as e:
    print("del", e)
