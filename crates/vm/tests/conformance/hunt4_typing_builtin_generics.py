# typing.get_origin / get_args see builtin generic aliases (list[int]) and X | Y unions.
import types
import typing

print(typing.get_origin(list[int]), typing.get_args(list[int]))
print(typing.get_origin(int | str), typing.get_args(int | str))
print(typing.get_args(dict[str, list[int]]), typing.get_origin(dict[str, list[int]]))
print(typing.get_origin(typing.Union[int, str]), typing.get_args(typing.Optional[int]))
print(typing.get_origin(int), typing.get_args(int), typing.get_origin(int | None) is types.UnionType)
print(typing.get_args(tuple[int, ...]), typing.get_origin(type[int]))
