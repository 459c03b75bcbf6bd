x = 0


def f():
    x = 1

    def g():
        def h():
            return x

        return h

    return g


class C:
    x = 2

    def m(self):
        return x


def cls_in_func():
    y = 1

    class D:
        y = 2

        def m(self):
            return y

    return D


def del_local():
    z = 1
    del z
