from .. import loaded
loaded.append(__name__)
try:
    from ... import anything
except ImportError as e:
    beyond = str(e)
