# ABCs hold their subclasses, registrations and cache entries weakly: checks do not keep
# classes alive; __subclasses__ and register() still answer.
import abc, gc, weakref
from collections.abc import Sized, Mapping


class X(abc.ABC):
    pass


class Y(X):
    pass


r = weakref.ref(Y)
print(X.__subclasses__(), issubclass(Y, X), isinstance(Y(), X), issubclass(int, X))
del Y
gc.collect()
print(r(), X.__subclasses__())


class Virtual:
    def __len__(self):
        return 0


X.register(Virtual)
print(issubclass(Virtual, X), isinstance(Virtual(), Sized), issubclass(Virtual, Mapping))
rv = weakref.ref(Virtual)
del Virtual
gc.collect()
print(rv())


class Again:
    pass


print(issubclass(Again, X), isinstance(Again(), X))
X.register(Again)
print(issubclass(Again, X), isinstance(Again(), X))
