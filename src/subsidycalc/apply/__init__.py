"""Where, how and by when to apply, measure by measure: one module per issuer (``beijing``, ``xicheng`` ...), each
declaring ``HOW_TO_APPLY = {measure id: HowToApply(...)}`` with every fact cited to its seed sentence
(:mod:`subsidycalc.engine.apply`). Collected by the registry; read with ``award.how_to_apply`` or
``catalog().how_to_apply(id)``."""
