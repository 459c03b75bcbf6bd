value = 42


def where():
    return __name__, __package__
