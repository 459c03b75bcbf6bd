from .. import sub as parent_sub
from ..sub import where
from . import deep
