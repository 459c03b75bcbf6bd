# abc: register()'s errors and return value, isinstance through a faked __class__,
# __subclasshook__ answers (True, False, NotImplemented), clearing the registry and caches,
# update_abstractmethods on plain and abstract classes, get_cache_token changes.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Plain:
    pass


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


t('register non-class', lambda: Base.register(3))
t('register own subclass', lambda: Base.register(type('Sub', (Base,), {'run': None})).__name__)
t('cycle', lambda: Plain.register(Base) if hasattr(Plain, 'register') else 'n/a')


class Meta2(abc.ABC):
    pass


Meta2.register(Base)
t('cycle through register', lambda: Base.register(Meta2))
token = abc.get_cache_token()
t('register returns', lambda: Base.register(Plain) is Plain)
print(abc.get_cache_token() > token, issubclass(Plain, Base), isinstance(Plain(), Base))


class Faker:
    @property
    def __class__(self):
        return Plain


class Other(abc.ABC):
    pass


Other.register(Plain)
print(isinstance(Faker(), Other), issubclass(Faker, Other))
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Plain, Base), isinstance(Plain(), Base))


class Hooked(abc.ABC):
    answers = {}

    @classmethod
    def __subclasshook__(cls, sub):
        print('  hook', sub.__name__)
        return cls.answers.get(sub.__name__, NotImplemented)


class Yes:
    pass


class No(Hooked):
    pass


Hooked.answers = {'Yes': True, 'No': False}
print(issubclass(Yes, Hooked), issubclass(Yes, Hooked), issubclass(No, Hooked),
      issubclass(No, Hooked), issubclass(int, Hooked))


class Later(Base):
    def run(self):
        return 1


Later.run = abc.abstractmethod(lambda self: 2)
print(sorted(Later.__abstractmethods__), abc.update_abstractmethods(Later) is Later,
      sorted(Later.__abstractmethods__))
Later.run = lambda self: 3
Later.extra = abc.abstractmethod(lambda self: 4)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
print(abc.abstractmethod.__name__, abc.ABC.__slots__, type(abc.ABC).__name__)
