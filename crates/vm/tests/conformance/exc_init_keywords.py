# BaseException.__init__ takes no keywords, except the ones NameError (name),
# AttributeError (name, obj) and ImportError (name, path) store as attributes.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError", e)

attempt("ValueError(x=1)", lambda: ValueError(x=1))
attempt("Exception(1, x=1)", lambda: Exception(1, x=1))
attempt("NameError name", lambda: NameError("m", name="x").name)
attempt("NameError foo", lambda: NameError("m", foo="x"))
attempt("AttributeError obj", lambda: (lambda e: (e.name, e.obj, e.args))(AttributeError("a", name="n", obj=1)))
attempt("ImportError path", lambda: (lambda e: (e.name, e.path, e.msg))(ImportError("m", name="q", path="p")))
attempt("ImportError bad", lambda: ImportError("m", bad=1))
attempt("ModuleNotFoundError name", lambda: ModuleNotFoundError("m", name="q").name)

class Plain(Exception):
    pass
attempt("Plain(k=1)", lambda: Plain(k=1))

class Named(NameError):
    pass
attempt("Named(name=)", lambda: Named(name="v").name)
attempt("Named(zz=)", lambda: Named(zz="v"))

class Own(Exception):
    def __init__(self, a, kw=None):
        super().__init__(a)
        self.kw = kw
attempt("Own(kw=)", lambda: (lambda e: (e.args, e.kw))(Own(1, kw=2)))

try:
    raise NameError("nm", name="zz")
except NameError as e:
    print("raised", e.name, e)
