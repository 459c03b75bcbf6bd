import os
import os.path
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.mod import name
from star import *

if __name__ == "__main__":
    main()
