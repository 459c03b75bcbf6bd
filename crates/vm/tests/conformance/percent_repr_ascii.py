# %-formatting's %r and %a: repr, and repr with non-ASCII escaped (as ascii()); width,
# alignment and precision (a maximum length) apply to the result.
print("%a|%r|%5a|%-6a|" % ("é", "é", "é", 1))
print("%.3a|%.3r|%.0r|%8.4a|" % ("héllo", "héllo", "x", "€uro"))
print("%a %a %a" % ([1, "ü"], {"k": "\u20ac"}, ("\U0001f600",)))
print("%(x)a %(y)r" % {"x": "ñ", "y": "ñ"})
print(f"{'é'!a} {'x'!a:>5} {'é'!r}", ascii(["é", "\u20ac"]))
