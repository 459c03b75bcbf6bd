class ValidationError(Exception):
    pass
def check(x):
    if x < 0:
        raise ValidationError(f"negative: {x}")
    return x
results = [check(v) for v in [1, 2, -3]]
