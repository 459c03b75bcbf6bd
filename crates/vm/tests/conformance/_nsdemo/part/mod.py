from . import sibling
name = __name__ + ' with ' + sibling.name
