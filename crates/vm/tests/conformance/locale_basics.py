# locale: the C and C.UTF-8 locales' answers (the only ones this test machine has), setlocale
# per category and composite names, formatting helpers, nl_langinfo, errors.
import locale, os
# What start-up chose depends on the environment (LANG...): the checks start from C.
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.getencoding(), locale.getlocale(), locale.setlocale(locale.LC_ALL, None), locale.setlocale(locale.LC_NUMERIC))
print(locale.localeconv())
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.format_string('%d', 1234567, grouping=True), locale.str(1.5), locale.atof('1.5'), locale.atoi('12'), locale.strcoll('a','b'), locale.strxfrm('abc'))
try: locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e: print('Error', e)
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale(), locale.setlocale(locale.LC_ALL, None))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_CTYPE))
for t in ['locale.setlocale(99)', 'locale.setlocale(locale.LC_ALL, 5)', 'locale.getlocale(locale.LC_ALL)', 'locale.currency(1)', 'locale.atof("x")', 'locale.atoi("1.5")', 'locale.strcoll(1, 2)', 'locale.format_string("%s %.2f", ("a", 3.14159))', 'locale.format_string("%d", 3, monetary=True)', 'locale.delocalize("1,234.5")', 'locale.localize("1234.5")', 'locale.str(3.0)', 'locale.normalize("C")', 'locale.normalize("en_US.utf8")', 'locale.normalize("fr")', 'locale.normalize("de_DE")', 'locale.getlocale(99)','locale.setlocale(locale.LC_ALL, ("en_US", "UTF-8"))', 'locale.nl_langinfo(locale.CODESET)', 'locale.nl_langinfo(locale.RADIXCHAR)', 'locale.nl_langinfo(locale.D_FMT)', 'locale.nl_langinfo(locale.DAY_1)', 'locale.nl_langinfo(locale.ABMON_12)', 'locale.nl_langinfo(99)', 'locale.format_string("%5.1f%%", 12.34)', 'locale.setlocale(locale.LC_ALL, "C")', 'locale.getlocale()', 'locale.getencoding()', 'locale.setlocale(locale.LC_CTYPE, "C.UTF-8")', 'locale.setlocale(locale.LC_ALL)', 'locale.getlocale(locale.LC_ALL)']:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
print(sorted(locale.__all__))
