# functools.singledispatch's register(): its return values, the annotation errors (not a
# class, a union with a non-class), unions registering each member, the dispatch cache
# refreshed when an ABC gains a virtual subclass; singledispatchmethod,
# its non-callable error, __isabstractmethod__ and the wrapper's attributes.
import abc
import functools
import typing


@functools.singledispatch
def kind(x):
    """Describe x."""
    return 'object'


def for_int(x):
    return 'int'


print(kind.register(int, for_int) is for_int, kind(1))
decorator = kind.register(float)
print(callable(decorator), decorator(lambda x: 'float')(0), kind(2.5))
print(kind.__name__, kind.__doc__, kind.__wrapped__.__name__, kind.__module__)


def t(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', str(e).split(' at 0x')[0])


def bad_annotation(x: 5):
    return 'never'


def bad_union(x: typing.Union[int, typing.List[int]]):
    return 'never'


def no_annotation(x):
    return 'never'


t('int annotation', lambda: kind.register(bad_annotation))
t('union with an alias', lambda: kind.register(bad_union))
t('plain function', lambda: kind.register(no_annotation))
t('non-class with func', lambda: kind.register('x', for_int))
t('list[int]', lambda: kind.register(list[int], for_int))
t('no arguments', lambda: kind())


def for_text(x: str | bytes):
    return 'text'


print(kind.register(for_text) is for_text, kind('a'), kind(b'b'),
      sorted(c.__name__ for c in kind.registry))


class Shape(abc.ABC):
    pass


@kind.register(Shape)
def _(x):
    return 'shape'


class Square:
    pass


print(kind(Square()))
Shape.register(Square)
print(kind(Square()))
kind._clear_cache()
print(kind(Square()), kind.dispatch(Square) is kind.registry[Shape])


class Tool:
    @functools.singledispatchmethod
    def make(self, arg):
        return type(self).__name__ + ' default'

    @make.register
    def _(self, arg: int):
        return type(self).__name__ + ' int'

    @functools.singledispatchmethod
    @abc.abstractmethod
    def todo(self, arg):
        ...


print(Tool().make(1), Tool().make('x'), Tool().make(2), Tool.__dict__['todo'].__isabstractmethod__,
      Tool.__dict__['make'].__isabstractmethod__, Tool.make.__name__)
t('not callable', lambda: functools.singledispatchmethod(5))
