print('rmpkg/__init__.py ran:', __name__, __package__)
