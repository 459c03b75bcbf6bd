# except* compile-time errors: break/continue/return may not leave an except* clause;
# except and except* do not mix; except* needs a type.
sources = {
    "break": "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return const": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "return name": "def f():\n    try:\n        pass\n    except* ValueError:\n        return x\n",
    "bare return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "break, no loop": "try:\n    pass\nexcept* ValueError:\n    break\n",
    "nested try": "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            return 2\n        except KeyError:\n            pass\n",
    "star then plain": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "plain then star": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "no type": "try:\n    pass\nexcept*:\n    pass\n",
    "as without type": "try:\n    pass\nexcept* as e:\n    pass\n",
    "unparenthesized": "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "unparenthesized as": "try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n",
    "plain unparenthesized": "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    # Allowed: the loop or function is inside the clause.
    "loop inside": "try:\n    pass\nexcept* ValueError:\n    for i in []:\n        break\n        continue\n    def g():\n        return 1\n",
    "lambda inside": "try:\n    pass\nexcept* ValueError:\n    f = lambda: 1\n",
    "return in body": "def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n",
    "break in else": "for i in []:\n    try:\n        pass\n    except* ValueError:\n        pass\n    else:\n        break\n",
}
for label, src in sources.items():
    try:
        exec(src, {})
        print(label, "-> compiled and ran")
    except SyntaxError as e:
        print(label, "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    except NameError as e:
        print(label, "-> ran:", e)
