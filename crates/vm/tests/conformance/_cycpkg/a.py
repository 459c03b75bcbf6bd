from . import b
NAME = "a"
