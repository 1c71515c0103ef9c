"""``python -m unspun``: the ``unspun`` command, for an environment without its script."""

from ._launch import main

main()
