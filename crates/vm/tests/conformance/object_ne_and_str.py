# object.__ne__ by name (the inverted __eq__ of the type, NotImplemented passed on), and
# str() of an object whose __repr__ returns a non-str (checked as __str__'s result).


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


class P:
    pass


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v


class Ne(Eq):
    def __ne__(self, other):
        print("  Ne.__ne__")
        return super().__ne__(other)


p = P()
attempt("P.__ne__ other", lambda: P.__ne__(p, 1))
attempt("P.__ne__ same", lambda: P.__ne__(p, p))
attempt("p.__ne__ same", lambda: p.__ne__(p))
attempt("Eq.__ne__ equal", lambda: Eq(1).__ne__(Eq(1)))
attempt("Eq.__ne__ differ", lambda: Eq(1).__ne__(Eq(2)))
attempt("Eq.__ne__ foreign", lambda: Eq(1).__ne__(5))
attempt("Ne != equal", lambda: Ne(1) != Ne(1))
attempt("Ne != differ", lambda: Ne(1) != Ne(2))
attempt("Ne != foreign", lambda: Ne(1) != 5)
attempt("object.__ne__ ints", lambda: object.__ne__(1, 2))
attempt("Eq != still", lambda: (Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) != 3))
attempt("__ne__ no argument", lambda: p.__ne__())


class BadRepr:
    def __repr__(self):
        return 5


class NoneStr:
    def __str__(self):
        return None


class GoodRepr:
    def __repr__(self):
        return "good"


attempt("repr bad", lambda: repr(BadRepr()))
attempt("str bad repr", lambda: str(BadRepr()))
attempt("format bad repr", lambda: format(BadRepr()))
attempt("f-string bad repr", lambda: f"{BadRepr()}")
attempt("str None __str__", lambda: str(NoneStr()))
attempt("str good repr", lambda: (str(GoodRepr()), f"{GoodRepr()}", "%s" % GoodRepr()))
