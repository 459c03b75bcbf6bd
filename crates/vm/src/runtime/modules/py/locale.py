"""Locale queries and locale-aware formatting (pymem's locale).

pymem never changes the C library's locale: this module keeps the locale of each
category itself and knows the locales every Linux system has, "C" (alias "POSIX") and
"C.UTF-8" (alias "C.utf8"); any other name is an unsupported setting, as on a system with
no other locale installed. At start-up LC_CTYPE is set from the environment the way
CPython 3.12 sets it (LC_ALL, LC_CTYPE, LANG; a "C" locale coerced to C.UTF-8 when LC_ALL
is unset, PEP 538; UTF-8 mode for a "C" LC_CTYPE, PEP 540), the other categories are "C".
Formatting follows the C locale's conventions: "." as the decimal point, no grouping.
"""

import os as _os
import sys as _sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE",
           "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES"]

_builtin_str = str

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories in the order its composite names list them (the six above, then the
# ones Python has no constant for, always "C" here).
_COMPOSITE = [("LC_CTYPE", LC_CTYPE), ("LC_NUMERIC", LC_NUMERIC), ("LC_TIME", LC_TIME),
              ("LC_COLLATE", LC_COLLATE), ("LC_MONETARY", LC_MONETARY),
              ("LC_MESSAGES", LC_MESSAGES)]
_EXTRA = ["LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
          "LC_IDENTIFICATION"]
_CATEGORY_ENV = {LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC", LC_TIME: "LC_TIME",
                 LC_COLLATE: "LC_COLLATE", LC_MONETARY: "LC_MONETARY",
                 LC_MESSAGES: "LC_MESSAGES"}

# The locales this system has, and the code set of each.
_KNOWN = {"C": "ANSI_X3.4-1968", "POSIX": "ANSI_X3.4-1968", "C.UTF-8": "UTF-8",
          "C.utf8": "UTF-8"}


# Set when start-up coerced a "C" LC_CTYPE to C.UTF-8: CPython then exports
# LC_CTYPE=C.UTF-8, which later lookups of the environment see.
_coerced = False


def _from_environment(category):
    if category == LC_CTYPE and _coerced and not _os.environ.get("LC_ALL"):
        return "C.UTF-8"
    for var in ("LC_ALL", _CATEGORY_ENV[category], "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


def _startup_ctype():
    wanted = _from_environment(LC_CTYPE)
    name = _canonical(wanted) if wanted in _KNOWN else "C"
    utf8_mode = name == "C"
    coerced = utf8_mode and not _os.environ.get("LC_ALL")
    if coerced:
        name = "C.UTF-8"
    return name, utf8_mode, coerced


def _canonical(name):
    # The C library answers "C" for its alias "POSIX".
    return "C" if name == "POSIX" else name


_ctype, _utf8_mode, _coerced = _startup_ctype()
_current = {cat: "C" for cat in _CATEGORY_ENV}
_current[LC_CTYPE] = _ctype


def _composite():
    names = set(_current.values())
    if len(names) == 1:
        return names.pop()
    parts = ["%s=%s" % (label, _current[cat]) for label, cat in _COMPOSITE]
    parts += ["%s=C" % label for label in _EXTRA]
    return ";".join(parts)


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category not in _CATEGORY_ENV and category != LC_ALL:
        raise Error("locale query failed")


def setlocale(category, locale=None):
    """Set the locale of `category` (LC_ALL: all of them) and return its name; with no
    locale (None), return the current one."""
    if locale is not None and not isinstance(locale, _builtin_str):
        try:
            locale = _build_localename(locale)
        except (TypeError, ValueError):
            raise TypeError("Locale must be None, a string, or an iterable of two "
                            "strings -- language code, encoding.") from None
    _check_category(category)
    if locale is None:
        return _composite() if category == LC_ALL else _current[category]
    targets = list(_CATEGORY_ENV) if category == LC_ALL else [category]
    chosen = {}
    for cat in targets:
        name = locale or _from_environment(cat)
        if name not in _KNOWN:
            raise Error("unsupported locale setting")
        chosen[cat] = _canonical(name)
    _current.update(chosen)
    return _composite() if category == LC_ALL else _current[category]


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def _parse_localename(name):
    code = normalize(name)
    if "@" in code:
        code = code.split("@", 1)[0]
    if "." in code:
        return tuple(code.split(".", 1))
    if code in ("C", "POSIX"):
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % name)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current locale of `category`."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """(language code, encoding) the environment asks for (deprecated in CPython 3.11)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == "LANGUAGE":
                value = value.split(":")[0]
            break
    else:
        value = "C"
    return _parse_localename(value)


def resetlocale(category=LC_ALL):
    """Set `category` to the locale getdefaultlocale() finds (deprecated in 3.11)."""
    import warnings
    warnings.warn("Use locale.setlocale(locale.LC_ALL, '') instead",
                  DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        loc = getdefaultlocale()
    setlocale(category, _build_localename(loc))


def getencoding():
    """The code set of the current LC_CTYPE locale."""
    return _KNOWN[_current[LC_CTYPE]]


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default ('utf-8' in UTF-8 mode)."""
    if _utf8_mode:
        return "utf-8"
    return getencoding()


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
            "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


def _text_arg(name, index, value):
    if not isinstance(value, _builtin_str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (name, index, type(value).__name__))


def strcoll(a, b):
    """Compare two strings as the LC_COLLATE locale orders them (code points in C)."""
    _text_arg("strcoll", 1, a)
    _text_arg("strcoll", 2, b)
    return (a > b) - (a < b)


def strxfrm(s):
    """A key that sorts as strcoll orders (the string itself in C)."""
    _text_arg("strxfrm", 1, s)
    return s


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with the locale's decimal point (and thousands grouping, which the C
    locale does not have)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return ("%%.%df" % digits) % val


def str(val):
    """`val` as '%.12g' formats it, with the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """A number written in the locale's conventions, in Python's ('.' decimal point)."""
    return string


def localize(string, grouping=False, monetary=False):
    """A number written in Python's conventions, in the locale's."""
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# The aliases normalize() knows: a few common names (CPython's table has hundreds).
_ALIASES = {"c": "C", "posix": "C", "c.utf8": "C.UTF-8", "c.utf-8": "C.UTF-8",
            "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1",
            "en_gb": "en_GB.ISO8859-1", "de": "de_DE.ISO8859-1",
            "de_de": "de_DE.ISO8859-1", "fr": "fr_FR.ISO8859-1",
            "fr_fr": "fr_FR.ISO8859-1", "es": "es_ES.ISO8859-1",
            "es_es": "es_ES.ISO8859-1", "it": "it_IT.ISO8859-1",
            "it_it": "it_IT.ISO8859-1", "ja": "ja_JP.eucJP", "ja_jp": "ja_JP.eucJP",
            "zh_cn": "zh_CN.gb2312", "ru": "ru_RU.ISO8859-5", "ru_ru": "ru_RU.ISO8859-5",
            "pt_br": "pt_BR.ISO8859-1", "nl": "nl_NL.ISO8859-1", "nl_nl": "nl_NL.ISO8859-1"}
_ENCODING_NAMES = {"utf8": "UTF-8", "utf-8": "UTF-8", "latin1": "ISO8859-1",
                   "iso88591": "ISO8859-1", "iso8859-1": "ISO8859-1",
                   "iso885915": "ISO8859-15", "ascii": "ISO8859-1"}


def normalize(localename):
    """A locale name in the form setlocale knows (language_TERRITORY.ENCODING)."""
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    base, _, modifier = code.partition("@")
    lang, dot, encoding = base.partition(".")
    if code in _ALIASES:
        return _ALIASES[code]
    if not dot:
        return _ALIASES.get(lang, localename)
    enc = _ENCODING_NAMES.get(encoding.replace("_", ""), encoding.upper())
    known = _ALIASES.get(lang)
    language = known.split(".")[0] if known else base.split(".")[0]
    if lang == "c":
        language = "C"
    elif "_" in localename.split(".")[0]:
        language = localename.split(".")[0]
    result = language + "." + enc
    if modifier:
        result += "@" + modifier
    return result


# nl_langinfo's items (glibc's numbers) and the C locale's answers.
_LANGINFO = {14: None, 65536: ".", 65537: "", 131110: "AM", 131111: "PM",
             131112: "%a %b %e %H:%M:%S %Y", 131113: "%m/%d/%y", 131114: "%H:%M:%S",
             131115: "%I:%M:%S %p", 131116: "", 131118: "", 131119: "", 131120: "",
             131121: "", 262159: "-", 327680: "^[yY]", 327681: "^[nN]"}
_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
for _i, _d in enumerate(_DAYS):
    _LANGINFO[131072 + _i] = _d[:3]
    _LANGINFO[131079 + _i] = _d
for _i, _m in enumerate(_MONTHS):
    _LANGINFO[131086 + _i] = _m[:3]
    _LANGINFO[131098 + _i] = _m
del _i, _d, _m

CODESET, RADIXCHAR, THOUSEP = 14, 65536, 65537
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(131110, 131116)
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 131116, 131118, 131119, 131120, 131121
CRNCYSTR, YESEXPR, NOEXPR = 262159, 327680, 327681
for _i in range(7):
    globals()["ABDAY_%d" % (_i + 1)] = 131072 + _i
    globals()["DAY_%d" % (_i + 1)] = 131079 + _i
for _i in range(12):
    globals()["ABMON_%d" % (_i + 1)] = 131086 + _i
    globals()["MON_%d" % (_i + 1)] = 131098 + _i
del _i


def nl_langinfo(key):
    """An item of the locale's information (the C locale's)."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(key).__name__)
    if key not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    if key == CODESET:
        return getencoding()
    return _LANGINFO[key]
