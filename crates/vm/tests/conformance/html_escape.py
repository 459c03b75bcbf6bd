# html: escape (with and without quote) and unescape of named entities (with and without
# the semicolon, longest-prefix), numeric references and HTML5's replacements.
import html
print(html.__all__)
print(html.escape("<a href=\"x\">'Tom' & Jerry</a>"), html.escape("<'\">&", quote=False))
for s in ["&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &#X41;", "&copy;2024 &eacute;t&eacute; &nbsp;|", "&amp &lt &copy &COPY &AMP;",
          "&notit; &notin; &not", "&#0; &#13; &#128; &#x9f; &#150; &#1114112; &#xD800; &#1; &#x7f; &#65534; &#x10FFFF;",
          "&unknown; & &; &#; &#x; &#65", "no refs", "&Alpha;&beta;&hearts;&euro;&lang;&rang;&thetasym;&ndash;&mdash;",
          "&#999999999999;", "&ampx &ltfoo"]:
    print(repr(html.unescape(s)))
