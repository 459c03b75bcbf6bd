# types.resolve_bases / prepare_class / new_class: __mro_entries__ expanding to several
# bases or none, its non-tuple error, the metaclass picked (explicit, from the bases, a
# conflict, a non-type callable), __prepare__'s namespace and keywords, __orig_bases__.
import types


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class A:
    pass


class B:
    pass


class Two:
    def __mro_entries__(self, bases):
        print('  entries of', len(bases), 'bases')
        return (A, B)


class Nothing:
    def __mro_entries__(self, bases):
        return ()


class Bad:
    def __mro_entries__(self, bases):
        return [A]


orig = (Two(), int, Nothing())
t('none to resolve', lambda: types.resolve_bases((A, B)) == (A, B))
bases = (A, B)
t('same tuple back', lambda: types.resolve_bases(bases) is bases)
t('expanded', lambda: types.resolve_bases((Two(), int, Nothing(), Two())))
t('non-tuple', lambda: types.resolve_bases((Bad(),)))
t('list input', lambda: types.resolve_bases([int, Nothing()]))
t('list input unchanged', lambda: types.resolve_bases([int, str]))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('  prepare', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class SubMeta(Meta):
    pass


class OtherMeta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class WithSub(metaclass=SubMeta):
    pass


class WithOther(metaclass=OtherMeta):
    pass


t('default', lambda: types.prepare_class('X'))
t('from base', lambda: types.prepare_class('X', (WithMeta,))[0])
t('most derived', lambda: types.prepare_class('X', (WithMeta, WithSub))[0])
t('explicit, base wins', lambda: types.prepare_class('X', (WithSub,), {'metaclass': Meta})[0])
t('conflict', lambda: types.prepare_class('X', (WithMeta, WithOther)))
t('conflict explicit', lambda: types.prepare_class('X', (A,), {'metaclass': 3}))
kw = {'metaclass': Meta, 'flag': 1}
t('keywords', lambda: types.prepare_class('X', (), kw))
print(kw)


def factory(name, bases, ns, **kw):
    return ('made', name, bases, sorted(ns), kw)


t('callable meta', lambda: types.prepare_class('X', (A,), {'metaclass': factory, 'k': 2})[1:])
t('new_class callable', lambda: types.new_class('X', (A,), {'metaclass': factory, 'k': 2}))
C = types.new_class('C', orig, None, lambda ns: ns.update(y=2))
print(C.__name__, [b.__name__ for b in C.__bases__], C.__orig_bases__ is orig, C.y)
D = types.new_class('D', (A,))
print('__orig_bases__' in D.__dict__, D.__bases__)
E = types.new_class('E', (WithMeta,), {'flag': 3}, lambda ns: print('  body sees', dict(ns)))
print(type(E).__name__, E.prepared)
t('new_class conflict', lambda: types.new_class('F', (WithMeta, WithOther)))
t('new_class bad entries', lambda: types.new_class('G', (Bad(),)))
