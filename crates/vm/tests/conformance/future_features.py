# __future__: every feature record (repr, optional and mandatory releases, compiler flag),
# all_feature_names, __all__ and the CO_* flags the module exports.
import __future__

print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag), feature.optional == feature.getOptionalRelease())
print(sorted(n for n in dir(__future__) if n.startswith('CO_')))
print([hex(getattr(__future__, n)) for n in sorted(dir(__future__)) if n.startswith('CO_')])
print(type(__future__.division).__name__)
