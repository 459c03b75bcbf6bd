print('rmnomain/__init__.py ran')
