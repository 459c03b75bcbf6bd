match {"a": 1}:
    case {"a": x, "b": [x, *_]}:
        pass
