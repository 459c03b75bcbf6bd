"""from __future__ import annotations: annotations stay unevaluated source text (PEP 563)."""
from __future__ import annotations
from __future__ import generators, division

import __future__
from typing import Dict, List, Optional, get_type_hints

x: List[int] = [1]
y: Undefined.Name[int]
a: int | None
b: Dict[str,   List[ 'x' ]]
c: Callable[[int, str], "it's"]
d: Tuple[()]
e: Tuple[int, ...]
g: Literal[1, -2, 'a', b'x', True, None]
h: (int, str)
i: list[int] | dict[str, int] | None
j: 'a\\nb'
k: x[1:2]
print(__annotations__)


class Tree:
    children: List[Tree]
    parent: Optional[Tree] = None
    meta: Dict[str, "Tree"]

    def add(self, child: Tree) -> Tree:
        self.children.append(child)
        return child


print(Tree.__annotations__, Tree.parent)
print(get_type_hints(Tree))
print(annotations, generators.getMandatoryRelease(), annotations.getMandatoryRelease())
print(__future__.all_feature_names, __future__.annotations is annotations,
      annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
