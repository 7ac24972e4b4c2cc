"""The measures, one module per issuer: ``beijing`` (city rules) and one module per district.

Each module reads top to bottom as quote → declared numbers → eligibility → amount, and declares
``MEASURES`` (and, where it has them, ``READINGS`` and ``STACKING``). Modules are discovered
automatically; a new district's rules go in a new module here.
"""
