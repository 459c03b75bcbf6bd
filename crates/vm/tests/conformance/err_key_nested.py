# KeyError raised three calls deep: the traceback lists every frame.
config = {"host": "localhost"}


def get(key):
    return config[key]


def port():
    return int(get("port"))


def connect():
    print("connecting to", get("host"))
    return port()


connect()
