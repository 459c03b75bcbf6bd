# Case predicates and mappings beyond ASCII: uncased scripts, titlecase digraphs and
# ligatures in title()/capitalize(), swapcase leaving uncased letters (tools/difffuzz).
tests = ['日本', 'ß', 'straße', 'ﬁx ﬂy', 'ǆungla', 'Ǆ', 'ǅ', 'ŉ', 'ᾳ', 'ᾀx', 'և', 'ﬓ', 'abc DEF', 'ABC1', 'abc1', '1', '', 'ªb', 'Σ', 'ǈ', 'ᾲ', 'i̇', 'İ', 'ﬀ ﬃ ﬄ ﬅ ﬆ', 'ǰ', 'hello wORLD', "they're bill's", 'x1y2', 'ǳ']
for t in tests:
    print(repr(t), t.isupper(), t.islower(), t.istitle(), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.upper()), repr(t.lower()))
