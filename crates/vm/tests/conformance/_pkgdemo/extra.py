from . import sub
from ._private import secret

label = 'extra sees %s and %s' % (sub.value, secret)
